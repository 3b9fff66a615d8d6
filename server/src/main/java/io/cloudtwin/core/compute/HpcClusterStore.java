package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The hpc_cluster rows (V125). */
@Component
public class HpcClusterStore extends ScopedStore<HpcCluster> {
    public HpcClusterStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "hpc_cluster", HpcCluster.class, DomainError.HPC_CLUSTER_NOT_FOUND);
    }
}
