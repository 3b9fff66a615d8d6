package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Dedicated host clusters: a cluster with hosts is not deleted, checked under its row lock, which a host's joining
 * takes too.
 */
@Service
public record DedicatedHostClusterService(DedicatedHostClusterStore store, WallClock clock, TagService tags,
                                          Transactions tx) implements KindService.Described<DedicatedHostCluster> {
    public DedicatedHostCluster create(Scope scope, String id, String zone, String name, String description,
                                       Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.DEDICATED_HOST_CLUSTER, store, new DedicatedHostCluster(id,
                scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), zone, name == null ? "" : name,
                description == null ? "" : description, clock.now()), tagged);
    }

    /** Deletes the cluster with its tags; refused while hosts are in it. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (store.hostIds(List.of(id)).containsKey(id)) {
                throw new DomainException(DomainError.DEDICATED_HOST_CLUSTER_IN_USE, id);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The cluster locked for a host to join it, in the caller's transaction. */
    DedicatedHostCluster lockForJoin(Scope scope, String id) {
        return store.locked(scope, id);
    }

    /** The ids of the hosts in each of these clusters (none: absent). */
    public Map<String, List<String>> hosts(Collection<String> ids) {
        return tx.read(() -> store.hostIds(ids));
    }

    /** The scope's clusters of these ids, zone and name (null or empty: any), a page of them. */
    public Page<DedicatedHostCluster> list(Scope scope, List<String> ids, String zone, String name, int offset,
                                           int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).equal("zone", zone)
                .equal("name", name), offset, limit));
    }
}
