package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The dedicated_host_cluster rows (V124). */
@Component
public class DedicatedHostClusterStore extends ScopedStore<DedicatedHostCluster> {
    public DedicatedHostClusterStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "dedicated_host_cluster", DedicatedHostCluster.class,
                DomainError.DEDICATED_HOST_CLUSTER_NOT_FOUND);
    }

    /** The ids of the hosts in each of these clusters (none: absent). */
    Map<String, List<String>> hostIds(Collection<String> clusterIds) {
        return Rows.lists(jdbc, "dedicated_host", "cluster_id", "id", clusterIds, "created_at, id");
    }
}
