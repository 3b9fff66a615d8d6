package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Snapshot groups: one snapshot of each chosen disk of an instance, taken in one transaction under the instance's row
 * lock and then each disk's (the order attaching uses), so a disk cannot leave the instance meanwhile. The instance is
 * Running or Stopped and not locked; the disks are those attached to it (all of them, the named ones, or all but the
 * excluded ones). A group's deletion takes its snapshots with it, under the group's lock and then each snapshot's,
 * refused as a snapshot's deletion is (an image or a disk made from one); a snapshot deleted alone leaves the group.
 */
@Service
public record SnapshotGroupService(SnapshotGroupStore store, SnapshotService snapshots, SnapshotStore snapshotRows,
                                   InstanceStore instances, DiskStore disks, Transitions transitions,
                                   WallClock clock, TagService tags, Transactions tx)
        implements KindService.Described<SnapshotGroup> {
    /** What a new group is: the instance, its disks named (empty: all) or excluded, its name and description. */
    public record NewGroup(String instanceId, List<String> diskIds, List<String> excludedDiskIds, String name,
                           String description) {}

    public SnapshotGroup create(Scope scope, String id, NewGroup spec, Map<String, String> tagged) {
        return tx.call(() -> {
            transitions.settle();
            Instance i = instances.lock(scope, spec.instanceId()).orElseThrow(
                    () -> new DomainException(DomainError.INSTANCE_NOT_FOUND, spec.instanceId()));
            if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, i.id());
            if (!i.status().allowsBindingChange()) {
                throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, i.id());
            }
            Set<String> attached = new LinkedHashSet<>();
            disks.ofInstance(i.id()).forEach(d -> attached.add(d.id()));
            Set<String> chosen = new TreeSet<>(spec.diskIds().isEmpty() ? attached : spec.diskIds());
            for (String d : spec.diskIds()) {
                if (!attached.contains(d)) {
                    disks.get(scope, d);
                    throw new DomainException(DomainError.DISK_NOT_OF_INSTANCE, d);
                }
            }
            chosen.removeAll(spec.excludedDiskIds());
            if (chosen.isEmpty()) throw new DomainException(DomainError.SNAPSHOT_GROUP_NO_DISK, i.id());
            SnapshotGroup g = new SnapshotGroup(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    spec.name() == null ? "" : spec.name(), spec.description() == null ? "" : spec.description(),
                    i.id(), clock.now());
            store.insert(g);
            for (String diskId : chosen) {
                Disk d = disks.locked(scope, diskId).settled(clock.now());
                if (d.changing()) throw new DomainException(DomainError.DISK_STATE, d.id());
                Snapshot s = snapshots.takeOf(d, SnapshotService.newId(),
                        new SnapshotService.NewSnapshot(d.id(), "", "", null, null));
                store.addMember(id, s.id());
            }
            tags.tagNew(scope, ResourceType.SNAPSHOT_GROUP, id, tagged);
            return g;
        });
    }

    /**
     * Deletes the group and its snapshots, each as DeleteSnapshot deletes one (refused while an image or a disk is made
     * from it), all or none: a refusal rolls back the snapshots deleted before it.
     */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            for (String s : store.members(List.of(id)).getOrDefault(id, List.of())) {
                // one deleted alone meanwhile has left the group
                if (snapshotRows.lock(scope, s).isPresent()) snapshots.delete(scope, s, false);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's groups of these ids (null: any), of that instance and name (null: any). */
    public ScopedTable.Where where(Collection<String> ids, String instanceId, String name) {
        return new ScopedTable.Where().in("id", ids).equal("instance_id", instanceId).equal("name", name);
    }

    /** The snapshots of each of these groups, in the order they were taken. */
    public Map<String, List<Snapshot>> snapshotsOf(Scope scope, Collection<String> groupIds) {
        return tx.read(() -> {
            Map<String, List<String>> members = store.members(groupIds);
            List<String> all = members.values().stream().flatMap(List::stream).toList();
            Map<String, Snapshot> byId = new LinkedHashMap<>();
            if (!all.isEmpty()) {
                snapshotRows.list(scope, new ScopedTable.Where().in("id", all), 0, all.size()).items()
                        .forEach(s -> byId.put(s.id(), s));
            }
            Map<String, List<Snapshot>> out = new LinkedHashMap<>();
            members.forEach((g, ids) -> out.put(g, ids.stream().map(byId::get).toList()));
            return out;
        });
    }

    /** A group from a state document, its snapshots restored before it (the "snapshots" section). */
    public void restore(SnapshotGroup g, List<String> snapshotIds) {
        tx.run(() -> {
            store.insert(g);
            for (String s : snapshotIds) store.addMember(g.id(), s);
        });
    }
}
