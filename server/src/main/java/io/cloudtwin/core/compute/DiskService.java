package io.cloudtwin.core.compute;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Disks: each instance's system disk, made and deleted with it; data disks made with an instance or on their own,
 * attached to one instance of their zone at a time. Attach and detach lock the instance, then the disk (the order every
 * disk change uses), so two attaches of one disk, or an attach and the instance's deletion, never both win.
 *
 * <p>attach and detach complete at once (Aliyun's handlers). beginAttach and beginDetach (UCloud's) go through
 * ATTACHING / DETACHING while the transition delay of {@link Transitions} runs (none by default: at once); the disk
 * names its instance from the start, so it can be neither attached elsewhere nor deleted meanwhile. Every read and
 * every lock sees such a disk as it is by then ({@link Disk#settled}); a lock writes the settled state.
 */
@Service
public record DiskService(DiskStore store, InstanceStore instances, WallClock clock, TagService tags,
                          Transitions transitions, Transactions tx) {
    /** How many data disks one instance takes. */
    public static final int DATA_DISKS_PER_INSTANCE = 16;
    private static final Set<InstanceStatus> ATTACHABLE = Set.of(InstanceStatus.RUNNING, InstanceStatus.STOPPED);

    /** How a disk of its own is billed (the cloud's word: PostPaid, Month, Dynamic) and grouped (UCloud's Tag). */
    public record Terms(String chargeType, String tag) {}

    /** What a new disk is: where, its name, category, size and options. */
    public record NewDisk(String zone, String name, String description, String category, int sizeGb,
                          boolean deleteWithInstance, boolean encrypted, String performanceLevel, String snapshotId) {}

    /**
     * The disks of an instance being created, attached to it, in its creating transaction: its system disk (id given)
     * and its data disks, in order (devices /dev/xvda, /dev/xvdb...).
     */
    public List<Disk> createForInstance(Instance i, String systemDiskId, NewDisk system, List<NewDisk> data) {
        List<Disk> out = new ArrayList<>();
        var now = clock.now();
        out.add(insert(i, systemDiskId, system, Disk.SYSTEM, device(0), now));
        for (int n = 0; n < data.size(); n++) {
            out.add(insert(i, Ids.Shape.DISK.next(i.cloud()), data.get(n), Disk.DATA, device(n + 1), now));
        }
        return out;
    }

    private Disk insert(Instance i, String id, NewDisk d, String kind, String device, OffsetDateTime now) {
        Disk disk = new Disk(id, i.cloud(), i.accountId(), i.region(), i.projectId(), i.zone(), nz(d.name()),
                nz(d.description()), d.category(), d.sizeGb(), kind, DiskStatus.IN_USE, i.id(), device,
                kind.equals(Disk.SYSTEM) || d.deleteWithInstance(), false, false, d.encrypted(), nz(d.performanceLevel()),
                "PostPaid", nz(d.snapshotId()), kind.equals(Disk.SYSTEM) ? i.imageId() : "", now, null, now, "", null);
        store.insert(disk);
        return disk;
    }

    /** A data disk of its own, Available; with instanceId, attached to that instance in the same transaction. */
    public Disk create(Scope scope, String id, NewDisk spec, Map<String, String> tagged, String instanceId) {
        return tx.call(() -> create(scope, id, spec, new Terms("PostPaid", ""), tagged, instanceId));
    }

    /** As above, billed and grouped as terms say. */
    public Disk create(Scope scope, String id, NewDisk spec, Terms terms, Map<String, String> tagged,
                       String instanceId) {
        return tx.call(() -> {
            var now = clock.now();
            Disk d = new Disk(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), nz(spec.zone()),
                    nz(spec.name()), nz(spec.description()), spec.category(), spec.sizeGb(), Disk.DATA, DiskStatus.AVAILABLE,
                    "", "", spec.deleteWithInstance(), false, false, spec.encrypted(), nz(spec.performanceLevel()),
                    terms.chargeType(), nz(spec.snapshotId()), "", null, null, now, nz(terms.tag()), null);
            store.insert(d);
            tags.tagNew(scope, ResourceType.DISK, id, tagged);
            return instanceId == null || instanceId.isEmpty() ? d : attach(scope, id, instanceId, null);
        });
    }

    public Disk get(Scope scope, String id) {
        return tx.read(() -> store.get(scope, id).settled(clock.now()));
    }

    /** The scope's disks the filter leaves, each as it stands when read, by page or after a NextToken. */
    public Listing<Disk> listing(Scope scope, DiskFilter filter) {
        return store.listing(tx, scope, filter.where()).map(d -> d.settled(clock.now()));
    }

    /**
     * Attaches an Available data disk to a Running or Stopped instance of its zone, at the next free device; with
     * deleteWithInstance given, that becomes the disk's.
     */
    public Disk attach(Scope scope, String diskId, String instanceId, Boolean deleteWithInstance) {
        return tx.call(() -> attach(scope, diskId, instanceId, deleteWithInstance, false));
    }

    /**
     * As attach, the disk ATTACHING until the transition delay has passed (then IN_USE; with no delay at once). The
     * disk names the instance from the start: a second attach, a detach or a deletion meanwhile is refused.
     */
    public Disk beginAttach(Scope scope, String diskId, String instanceId) {
        return tx.call(() -> attach(scope, diskId, instanceId, null, true));
    }

    private Disk attach(Scope scope, String diskId, String instanceId, Boolean deleteWithInstance, boolean gradual) {
        Instance i = instances.lock(scope, instanceId).orElseThrow(
                () -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
        if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
        if (!ATTACHABLE.contains(i.status())) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
        Disk d = lockDisk(scope, diskId);
        if (d.attached() || d.status() != DiskStatus.AVAILABLE) throw new DomainException(DomainError.DISK_STATE, diskId);
        if (!d.zone().isEmpty() && !i.zone().isEmpty() && !d.zone().equals(i.zone())) {
            throw new DomainException(DomainError.ZONE_MISMATCH, diskId);
        }
        List<Disk> present = store.ofInstance(instanceId);
        if (present.stream().filter(x -> !x.system()).count() >= DATA_DISKS_PER_INSTANCE) {
            throw new DomainException(DomainError.DISK_LIMIT_EXCEEDED, instanceId);
        }
        Set<String> taken = new HashSet<>();
        present.forEach(x -> taken.add(x.device()));
        int n = 1;
        while (taken.contains(device(n))) n++;
        var now = clock.now();
        Duration delay = transitions.delay();
        if (gradual && !delay.isZero()) {
            store.begin(diskId, instanceId, device(n), DiskStatus.ATTACHING, now, now.plus(delay));
        } else {
            store.setAttachment(diskId, instanceId, device(n), DiskStatus.IN_USE, now);
        }
        if (deleteWithInstance != null) store.update(diskId, Map.of("deleteWithInstance", deleteWithInstance));
        return store.find(scope, diskId).orElseThrow();
    }

    /** Detaches a data disk from the instance it is attached to (Running or Stopped): it becomes Available. */
    public Disk detach(Scope scope, String diskId, String instanceId) {
        return tx.call(() -> detach(scope, diskId, instanceId, false));
    }

    /** As detach, the disk DETACHING (still naming the instance) until the transition delay has passed. */
    public Disk beginDetach(Scope scope, String diskId, String instanceId) {
        return tx.call(() -> detach(scope, diskId, instanceId, true));
    }

    private Disk detach(Scope scope, String diskId, String instanceId, boolean gradual) {
        Instance i = instances.lock(scope, instanceId).orElseThrow(
                () -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
        Disk d = lockDisk(scope, diskId);
        if (d.system()) throw new DomainException(DomainError.SYSTEM_DISK, diskId);
        if (!d.instanceId().equals(instanceId)) throw new DomainException(DomainError.DISK_NOT_ATTACHED, diskId);
        if (d.changing()) throw new DomainException(DomainError.DISK_STATE, diskId);
        if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
        if (!ATTACHABLE.contains(i.status())) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
        var now = clock.now();
        Duration delay = transitions.delay();
        if (gradual && !delay.isZero()) {
            store.begin(diskId, instanceId, d.device(), DiskStatus.DETACHING, now, now.plus(delay));
        } else {
            store.setAttachment(diskId, "", "", DiskStatus.AVAILABLE, now);
        }
        return store.find(scope, diskId).orElseThrow();
    }

    /** Locks a disk of the scope; an attach or detach whose time has come is written as completed first. */
    private Disk lockDisk(Scope scope, String diskId) {
        Disk d = store.locked(scope, diskId);
        Disk settled = d.settled(clock.now());
        if (settled != d) store.settle(settled);
        return settled;
    }

    /**
     * A new data disk of the contents of a data disk of the scope (UCloud's CloneUDisk), made under the source's lock
     * (its deletion waits or makes this fail): in the source's zone (ZONE_MISMATCH), of its category, at least its
     * size (DISK_SIZE_TOO_SMALL; sizeGb null: its size) and at most max (INVALID_DISK_SIZE). Available.
     */
    public Disk cloneDisk(Scope scope, String sourceId, String id, String zone, String name, String description,
                          Integer sizeGb, int max, Terms terms) {
        return tx.call(() -> {
            Disk source = lockDisk(scope, sourceId);
            if (source.system()) throw new DomainException(DomainError.SYSTEM_DISK, sourceId);
            if (!source.zone().equals(zone)) throw new DomainException(DomainError.ZONE_MISMATCH, sourceId);
            int size = sizeGb == null ? source.sizeGb() : sizeGb;
            if (size < source.sizeGb()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, sourceId);
            if (size > max) throw new DomainException(DomainError.INVALID_DISK_SIZE, String.valueOf(size));
            return create(scope, id, new NewDisk(zone, name, description, source.category(), size,
                    false, source.encrypted(), source.performanceLevel(), ""), terms, Map.of(), null);
        });
    }

    /**
     * An instance's new system disk in place of the old one (its row locked by the caller, in the caller's
     * transaction): same category, device and options, of sizeGb, from the instance's image as it is now; the old one
     * goes with its tags (its snapshots stay).
     */
    public Disk replaceSystem(Instance i, Disk old, String newId, int sizeGb) {
        tags.deleting(old.id(), () -> store.delete(old.id()));
        return insert(i, newId, new NewDisk("", old.name(), old.description(), old.category(), sizeGb, true,
                old.encrypted(), old.performanceLevel(), ""), Disk.SYSTEM, old.device(), clock.now());
    }

    /** Detaches a data disk from the instance it is attached to and deletes it, both or neither. */
    public void detachAndDelete(Scope scope, String diskId, String instanceId) {
        tx.run(() -> {
            detach(scope, diskId, instanceId, false);
            delete(scope, diskId);
        });
    }

    /** Deletes an Available data disk with its tags. */
    public void delete(Scope scope, String diskId) {
        tx.run(() -> {
            Disk d = lockDisk(scope, diskId);
            if (d.system()) throw new DomainException(DomainError.SYSTEM_DISK, diskId);
            if (d.attached()) throw new DomainException(DomainError.DISK_IN_USE, diskId);
            tags.deleting(diskId, () -> store.delete(diskId));
        });
    }

    /** Grows a disk to newSize (at most max): never shrinks it. */
    public Disk resize(Scope scope, String diskId, int newSize, int max) {
        return tx.call(() -> resize(scope, diskId, newSize, max, false));
    }

    /** As resize, only while the disk is attached to no instance (DISK_IN_USE otherwise), checked under its lock. */
    public Disk resizeDetached(Scope scope, String diskId, int newSize, int max) {
        return tx.call(() -> resize(scope, diskId, newSize, max, true));
    }

    /**
     * Grows a disk attached to that instance (UCloud's ResizeAttachedDisk of a UDisk): DISK_NOT_ATTACHED when it is
     * attached elsewhere or nowhere, DISK_STATE while an attach or detach is under way; checked under the disk's lock.
     */
    public void resizeAttached(Scope scope, String diskId, String instanceId, int newSize, int max, boolean apply) {
        tx.run(() -> {
            Disk d = lockDisk(scope, diskId);
            if (d.changing()) throw new DomainException(DomainError.DISK_STATE, diskId);
            if (!d.instanceId().equals(instanceId)) throw new DomainException(DomainError.DISK_NOT_ATTACHED, diskId);
            if (newSize < d.sizeGb()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, diskId);
            if (newSize > max) throw new DomainException(DomainError.INVALID_DISK_SIZE, String.valueOf(newSize));
            if (apply) store.update(diskId, Map.of("sizeGb", newSize));
        });
    }

    private Disk resize(Scope scope, String diskId, int newSize, int max, boolean detachedOnly) {
        Disk d = lockDisk(scope, diskId);
        if (detachedOnly && d.attached()) throw new DomainException(DomainError.DISK_IN_USE, diskId);
        if (newSize < d.sizeGb()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, diskId);
        if (newSize > max) throw new DomainException(DomainError.INVALID_DISK_SIZE, String.valueOf(newSize));
        store.update(diskId, Map.of("sizeGb", newSize));
        return store.find(scope, diskId).orElseThrow();
    }

    /** A disk's category and performance level ("" where its category has none). */
    public record Spec(String category, String performanceLevel) {}

    /**
     * Changes a disk's category or performance level to what decide makes of the disk, read under its lock (decide
     * refuses what the cloud does not take); while an attach or detach is under way: DISK_STATE.
     */
    public void respec(Scope scope, String diskId, Function<Disk, Spec> decide) {
        tx.run(() -> {
            Disk d = lockDisk(scope, diskId);
            if (d.changing()) throw new DomainException(DomainError.DISK_STATE, diskId);
            Spec spec = decide.apply(d);
            store.update(diskId, RowChanges.of("category", spec.category(), "performanceLevel", spec.performanceLevel()));
        });
    }

    /** What ModifyDiskAttribute changes of one or more disks; null keeps a value. All or nothing. */
    public record Changes(String name, String description, Boolean deleteWithInstance, Boolean deleteAutoSnapshot,
                          Boolean enableAutoSnapshot) {}

    public void modify(Scope scope, List<String> diskIds, Changes c) {
        tx.run(() -> {
            for (String id : new TreeSet<>(diskIds)) {
                Disk d = store.locked(scope, id);
                if (d.system() && Boolean.FALSE.equals(c.deleteWithInstance())) {
                    throw new DomainException(DomainError.SYSTEM_DISK, id);
                }
            }
            for (String id : diskIds) store.update(id, RowChanges.from(c));
        });
    }

    /**
     * What happens to an instance's disks when it is deleted, in its deleting transaction (the instance is locked):
     * its system disk and the data disks that go with it are deleted, the others detached.
     */
    public void instanceDeleted(String instanceId) {
        instanceDeleted(instanceId, false);
    }

    /** As instanceDeleted; allData: every data disk attached (or being attached) goes too (UCloud's ReleaseUDisk). */
    public void instanceDeleted(String instanceId, boolean allData) {
        var now = clock.now();
        for (Disk d : store.ofInstance(instanceId)) {
            if (d.system() || d.deleteWithInstance() || allData) {
                tags.deleting(d.id(), () -> store.delete(d.id()));
            } else {
                store.setAttachment(d.id(), "", "", DiskStatus.AVAILABLE, now);
            }
        }
    }

    /** /dev/xvda for the system disk, then /dev/xvdb, /dev/xvdc... */
    static String device(int n) {
        return "/dev/xvd" + (char) ('a' + n);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
