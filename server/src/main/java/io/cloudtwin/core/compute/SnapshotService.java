package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Snapshots of disks. A snapshot is complete when made (the emulator copies nothing); it is taken of a disk that has
 * been attached to an instance at least once (a data disk never attached holds nothing), under the disk's lock. It
 * outlives its disk. Its deletion locks it and is refused while a custom image is made from it (an image's creation
 * locks its snapshots too: of the two, one wins) and, unless forced, while disks made from it stand.
 */
@Service
public record SnapshotService(SnapshotStore store, DiskStore disks, DiskService diskService, ImageStore images,
                              InstanceStore instances, WallClock clock, TagService tags, Transactions tx)
        implements KindService<Snapshot> {
    /** What a new snapshot is: its disk, name, description, category (standard when absent), retention in days. */
    public record NewSnapshot(String diskId, String name, String description, String category, Integer retentionDays) {}

    public static String newId() {
        return Ids.random("s-", 20);
    }

    /**
     * What a cloud asks of a disk before a snapshot: that it was attached once (Aliyun: a data disk never attached
     * holds nothing), at most perDisk snapshots of it standing (null: no such limit).
     */
    public record Rules(boolean attachedOnce, Integer perDisk) {
        public static final Rules ATTACHED_ONCE = new Rules(true, null);
    }

    /** Takes a snapshot of a disk of the scope (Aliyun's rules: the disk was attached once). */
    public Snapshot create(Scope scope, String id, NewSnapshot spec, Map<String, String> tagged) {
        return create(scope, id, spec, tagged, Rules.ATTACHED_ONCE);
    }

    /**
     * Takes a snapshot of a disk of the scope under the disk's row lock: a deletion of the disk waits for it or makes
     * it fail (DISK_NOT_FOUND), and of two snapshots for the last place of a disk's limit one wins.
     */
    public Snapshot create(Scope scope, String id, NewSnapshot spec, Map<String, String> tagged, Rules rules) {
        return tx.call(() -> {
            Disk d = disks.lock(scope, spec.diskId()).orElseThrow(
                    () -> new DomainException(DomainError.DISK_NOT_FOUND, spec.diskId())).settled(clock.now());
            if (rules.attachedOnce() && d.attachedAt() == null) {
                throw new DomainException(DomainError.DISK_NEVER_ATTACHED, d.id());
            }
            if (d.changing()) throw new DomainException(DomainError.DISK_STATE, d.id());
            if (rules.perDisk() != null && store.countOfDisk(d.id()) >= rules.perDisk()) {
                throw new DomainException(DomainError.SNAPSHOT_LIMIT_EXCEEDED, d.id());
            }
            Snapshot s = of(d, id, spec);
            store.insert(s);
            tags.tagNew(new Scope(d.cloud(), d.accountId(), d.region(), d.projectId()), ResourceType.SNAPSHOT, id, tagged);
            return s;
        });
    }

    /** A snapshot of a locked disk, in the caller's transaction (an image made of an instance's disks). */
    Snapshot takeOf(Disk d, String id, NewSnapshot spec) {
        Snapshot s = of(d, id, spec);
        store.insert(s);
        return s;
    }

    private Snapshot of(Disk d, String id, NewSnapshot spec) {
        return new Snapshot(id, d.cloud(), d.accountId(), d.region(), d.projectId(), nz(spec.name()),
                nz(spec.description()), d.id(), d.sizeGb(), d.kind(), d.category(), d.instanceId(),
                spec.category() == null || spec.category().isEmpty() ? "standard" : spec.category(),
                spec.retentionDays(), d.encrypted(), clock.now(), d.zone(), d.name());
    }

    /** How many snapshots of each of these disks stand. */
    public Map<String, Long> countsOfDisks(List<String> diskIds) {
        return tx.read(() -> store.countsOfDisks(diskIds));
    }

    /**
     * A new disk of the snapshot's contents (UCloud's CloneUDiskSnapshot): the snapshot is locked while the disk is
     * made, so its deletion waits or makes this fail (SNAPSHOT_NOT_FOUND). The new disk is at least the snapshot's
     * size (DISK_SIZE_TOO_SMALL; sizeGb null: the snapshot's), of the category of the disk it was taken of.
     */
    public Disk cloneDisk(Scope scope, String snapshotId, String diskId, String zone, String name, String description,
                          Integer sizeGb, DiskService.Terms terms) {
        return tx.call(() -> {
            Snapshot s = store.locked(scope, snapshotId);
            int size = sizeGb == null ? s.sourceDiskSize() : sizeGb;
            if (size < s.sourceDiskSize()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, snapshotId);
            return diskService.create(scope, diskId, new DiskService.NewDisk(zone, name, description,
                    s.sourceDiskCategory(), size, false, s.encrypted(), "", s.id()), terms, Map.of(), null);
        });
    }

    /**
     * Rolls a disk of the scope back to one of its snapshots (UCloud's RestoreUDisk), under the disk's lock, then the
     * snapshot's (a deletion of either waits or makes this fail): the disk attached to no instance, no attach or
     * detach under way (DISK_IN_USE, DISK_STATE), the snapshot one taken of it (SNAPSHOT_DISK_MISMATCH). What a disk
     * holds is not modelled: the disk's size and attributes stay (a disk only grows after its snapshots).
     */
    public Disk rollBack(Scope scope, String diskId, String snapshotId) {
        return tx.call(() -> {
            Disk d = disks.locked(scope, diskId)
                    .settled(clock.now());
            if (d.changing()) throw new DomainException(DomainError.DISK_STATE, d.id());
            if (d.attached()) throw new DomainException(DomainError.DISK_IN_USE, d.id());
            Snapshot s = store.locked(scope, snapshotId);
            if (!s.diskId().equals(d.id())) throw new DomainException(DomainError.SNAPSHOT_DISK_MISMATCH, d.id());
            return d;
        });
    }

    /**
     * A copy of a snapshot of the scope in another scope (Aliyun's CopySnapshot, and the snapshots of a copied image):
     * what it was taken of, its category and encryption; its own name, description and retention; the tags asked for.
     */
    public Snapshot copy(Scope from, String snapshotId, Scope to, String id, String name, String description,
                         Integer retentionDays, Map<String, String> tagged) {
        return tx.call(() -> {
            Snapshot s = store.locked(from, snapshotId);
            Snapshot c = new Snapshot(id, to.cloud(), to.accountId(), to.region(), to.projectId(),
                    name == null ? "" : name, description == null ? "" : description, s.diskId(), s.sourceDiskSize(),
                    s.sourceDiskKind(), s.sourceDiskCategory(), "", s.category(), retentionDays, s.encrypted(),
                    clock.now(), "", s.sourceDiskName());
            store.insert(c);
            tags.tagNew(to, ResourceType.SNAPSHOT, id, tagged);
            return c;
        });
    }

    /** A disk and the snapshot of it to reset it to (Aliyun's ResetDisk, each item of ResetDisks). */
    public record Reset(String diskId, String snapshotId) {}

    /**
     * Resets disks of the scope to snapshots of theirs, all or none, as Aliyun's ResetDisk and ResetDisks do: each disk
     * attached to an instance (DISK_NOT_ATTACHED), that instance Stopped (INCORRECT_INSTANCE_STATUS) and not locked,
     * no attach or detach under way (DISK_STATE), the snapshot one taken of that disk (SNAPSHOT_DISK_MISMATCH). The
     * instance's row is locked before the disk's, as attaching and detaching do. What a disk holds is not modelled:
     * its size and attributes stay.
     */
    public void reset(Scope scope, List<Reset> resets) {
        tx.run(() -> {
            for (Reset r : resets) {
                String instanceId = disks.get(scope, r.diskId()).instanceId();
                if (instanceId.isEmpty()) throw new DomainException(DomainError.DISK_NOT_ATTACHED, r.diskId());
                Instance i = instances.lock(scope, instanceId).orElseThrow(
                        () -> new DomainException(DomainError.DISK_NOT_ATTACHED, r.diskId()));
                Disk d = disks.locked(scope, r.diskId()).settled(clock.now());
                if (!d.instanceId().equals(instanceId)) throw new DomainException(DomainError.DISK_NOT_ATTACHED, d.id());
                if (d.changing()) throw new DomainException(DomainError.DISK_STATE, d.id());
                if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
                if (i.status() != InstanceStatus.STOPPED) {
                    throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
                }
                Snapshot s = store.locked(scope, r.snapshotId());
                if (!s.diskId().equals(d.id())) throw new DomainException(DomainError.SNAPSHOT_DISK_MISMATCH, d.id());
            }
        });
    }

    /** The scope's snapshots the filter leaves, by page or after a NextToken. */
    public Listing<Snapshot> listing(Scope scope, SnapshotFilter filter) {
        return listing(scope, filter.where());
    }

    /** Which of these snapshots some custom image is made from. */
    public List<String> usedByImages(List<String> ids) {
        return tx.read(() -> images.snapshotsInUse(ids));
    }

    /** Which of these snapshots some standing disk is made from. */
    public List<String> usedByDisks(List<String> ids) {
        return tx.read(() -> store.madeDisks(ids));
    }

    /**
     * A new data disk of the snapshot's contents (ECS CreateDisk with SnapshotId) as spec says (zone, category, name,
     * tags; attached to instanceId when given): at least the snapshot's source size (DISK_SIZE_TOO_SMALL), encrypted
     * when the snapshot is. The snapshot is locked while the disk is made: its deletion waits, or makes this fail
     * (SNAPSHOT_NOT_FOUND).
     */
    public Disk diskFrom(Scope scope, String snapshotId, String diskId, DiskService.NewDisk spec,
                         Map<String, String> tagged, String instanceId) {
        return tx.call(() -> {
            Snapshot s = store.locked(scope, snapshotId);
            if (spec.sizeGb() < s.sourceDiskSize()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, snapshotId);
            return diskService.create(scope, diskId, new DiskService.NewDisk(spec.zone(), spec.name(), spec.description(),
                    spec.category(), spec.sizeGb(), spec.deleteWithInstance(), spec.encrypted() || s.encrypted(),
                    spec.performanceLevel(), s.id()), tagged, instanceId);
        });
    }

    /** Renames, re-describes or changes the retention of a snapshot (null keeps a value). */
    public Snapshot modify(Scope scope, String id, String name, String description, Integer retentionDays) {
        return tx.call(() -> {
            store.change(scope, id,
                    RowChanges.of("name", name, "description", description, "retentionDays", retentionDays));
            return get(scope, id);
        });
    }

    /** Deletes a snapshot no image is made from (and, unless forced, no disk), with its tags. */
    public void delete(Scope scope, String id, boolean force) {
        tx.run(() -> {
            store.locked(scope, id);
            if (images.usingSnapshot(id) > 0) throw new DomainException(DomainError.SNAPSHOT_IN_USE, id);
            if (!force && store.disksMadeFrom(id) > 0) throw new DomainException(DomainError.SNAPSHOT_MADE_DISKS, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** A snapshot from a state document, of a disk that may be gone: as it was described. */
    public void restore(Snapshot s) {
        tx.run(() -> store.insert(s));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
