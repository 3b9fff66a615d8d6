package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Automatic snapshot policies and the disks that follow them, one policy a disk (applying another replaces it). The
 * policy's row is locked before its disks (each in id order): a deletion, which takes the policy off its disks, and an
 * application wait for each other. The schedule is kept and reported; no snapshot is taken by it here.
 */
@Service
public record SnapshotPolicyService(SnapshotPolicyStore store, DiskStore disks, WallClock clock, TagService tags,
                                    Transactions tx) {
    /** What a policy is made with (see SnapshotPolicy). */
    public record NewPolicy(String name, List<String> timePoints, List<String> repeatWeekdays, int retentionDays,
                            boolean crossRegionCopy, List<String> targetCopyRegions, int copiedRetentionDays) {}

    /** What a change sets; null leaves a field as it is (names as SnapshotPolicy's components). */
    public record Changes(String name, List<String> timePoints, List<String> repeatWeekdays, Integer retentionDays,
                          Boolean crossRegionCopy, List<String> targetCopyRegions, Integer copiedRetentionDays) {}

    /** A policy and how many disks follow it. */
    public record View(SnapshotPolicy policy, long disks) {}

    public SnapshotPolicy create(Scope scope, String id, NewPolicy spec, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.SNAPSHOT_POLICY, store, new SnapshotPolicy(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), spec.name() == null ? "" : spec.name(),
                spec.timePoints(), spec.repeatWeekdays(), spec.retentionDays(), spec.crossRegionCopy(),
                spec.targetCopyRegions(), spec.copiedRetentionDays(), clock.now()), tagged);
    }

    /** A page of the scope's policies of these ids (null: any) and name (null: any), in creation order. */
    public Page<View> list(Scope scope, Collection<String> ids, String name, int offset, int limit) {
        return tx.read(() -> {
            Page<SnapshotPolicy> page = store.list(scope, new ScopedTable.Where().in("id", ids).equal("name", name),
                    offset, limit);
            Map<String, Long> counts = store.diskCounts(page.items().stream().map(SnapshotPolicy::id).toList());
            return new Page<>(page.items().stream().map(p -> new View(p, counts.getOrDefault(p.id(), 0L))).toList(),
                    page.total());
        });
    }

    public void update(Scope scope, String id, Changes c) {
        tx.run(() -> {
            store.locked(scope, id);
            store.update(id, RowChanges.from(c));
        });
    }

    /** Deletes a policy with its tags; the disks that followed it follow none. */
    public void delete(Scope scope, String id) {
        tags.deleting(id, () -> store.remove(scope, id));
    }

    /** The disks of the scope follow the policy from now on, all or none. */
    public void apply(Scope scope, String id, Collection<String> diskIds) {
        tx.run(() -> {
            store.locked(scope, id);
            for (String d : new TreeSet<>(diskIds)) {
                disks.locked(scope, d);
                store.apply(d, id);
            }
        });
    }

    /** The disks of the scope follow no policy from now on, all or none. */
    public void cancel(Scope scope, Collection<String> diskIds) {
        tx.run(() -> {
            for (String d : new TreeSet<>(diskIds)) {
                disks.locked(scope, d);
                store.apply(d, null);
            }
        });
    }

    /** The disks that follow a policy of the scope (none when the scope has no such policy). */
    public List<String> disksOf(Scope scope, String id) {
        return tx.read(() -> store.find(scope, id).isEmpty() ? List.of() : store.disksOf(id));
    }

    /** The policy each of these disks follows (absent: none). */
    public Map<String, String> ofDisks(Collection<String> diskIds) {
        return tx.read(() -> store.ofDisks(diskIds));
    }
}
