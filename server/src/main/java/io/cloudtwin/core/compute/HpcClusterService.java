package io.cloudtwin.core.compute;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * HPC clusters. Only instances of the SCC families join one, and the catalog has none of them, so a cluster never has
 * instances: it is deleted whenever asked.
 */
@Service
public record HpcClusterService(HpcClusterStore store, WallClock clock, Transactions tx) {
    public HpcCluster create(Scope scope, String id, String name, String description) {
        return tx.call(() -> {
            HpcCluster c = new HpcCluster(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    name, description == null ? "" : description, clock.now());
            store.insert(c);
            return c;
        });
    }

    /** Renames or re-describes the cluster; null leaves each. */
    public void update(Scope scope, String id, String name, String description) {
        tx.run(() -> store.change(scope, id, DomainError.HPC_CLUSTER_NOT_FOUND,
                RowChanges.of("name", name, "description", description)));
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> store.remove(scope, id, DomainError.HPC_CLUSTER_NOT_FOUND));
    }

    public HpcCluster get(Scope scope, String id) {
        return tx.read(() -> store.get(scope, id, DomainError.HPC_CLUSTER_NOT_FOUND));
    }

    /** The scope's clusters of these ids (null: any), a page of them. */
    public Page<HpcCluster> list(Scope scope, List<String> ids, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids), offset, limit));
    }
}
