package io.cloudtwin.core.compute;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * HPC clusters. Only instances of the SCC families join one, and the catalog has none of them, so a cluster never has
 * instances: it is deleted whenever asked.
 */
@Service
public record HpcClusterService(HpcClusterStore store, WallClock clock, Transactions tx)
        implements KindService.Described<HpcCluster> {
    public HpcCluster create(Scope scope, String id, String name, String description) {
        return tx.call(() -> {
            HpcCluster c = new HpcCluster(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    name, description == null ? "" : description, clock.now());
            store.insert(c);
            return c;
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> store.remove(scope, id));
    }

    /** The scope's clusters of these ids (null: any), a page of them. */
    public Page<HpcCluster> list(Scope scope, List<String> ids, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids), offset, limit));
    }
}
