package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Custom images: made from snapshots (their disks, the first the system disk) or from an instance (each of its disks
 * snapshotted for the image, under the instance's and the disks' locks), usable at once. A creation locks its
 * snapshots (in id order), so a snapshot's deletion waits or wins first; names are unique in a scope (the unique
 * index: of two creations with one name, one wins). An instance launched from a custom image locks it in its creating
 * transaction, so the image's deletion (refused while instances run it, unless forced) never misses one.
 */
@Service
public record ImageService(ImageStore store, SnapshotStore snapshots, SnapshotService snapshotService,
                           InstanceStore instances, DiskStore disks, WallClock clock, TagService tags,
                           Transactions tx) implements KindService<Image> {
    private static final Set<InstanceStatus> SNAPSHOTTABLE = Set.of(InstanceStatus.RUNNING, InstanceStatus.STOPPED);
    /** The accounts one custom image may be shared with (Aliyun's documented limit). */
    public static final int MAX_SHARES = 50;

    /** What a new image is called and says of itself; null fields take the defaults (x86_64, linux, BIOS). */
    public record NewImage(String name, String description, String family, String version, String platform,
                           String architecture, String bootMode) {}

    /** One disk asked of a new image: from a snapshot (null: an empty data disk), its size (null: the snapshot's). */
    public record NewDisk(String snapshotId, Integer sizeGb, String device, String kind) {}

    public static String newId() {
        return Ids.random("m-", 20);
    }

    /** An image made of snapshots of the scope: the first disk (or the one of kind system) is its system disk. */
    public Image createFromSnapshots(Scope scope, String id, NewImage spec, List<NewDisk> asked,
                                     Map<String, String> tagged) {
        return tx.call(() -> {
            Set<String> ids = new TreeSet<>();
            for (NewDisk d : asked) if (d.snapshotId() != null && !d.snapshotId().isEmpty()) ids.add(d.snapshotId());
            Map<String, Snapshot> locked = new LinkedHashMap<>();
            for (String s : ids) {
                locked.put(s, snapshots.locked(scope, s));
            }
            List<NewDisk> ordered = new ArrayList<>();
            asked.stream().filter(d -> "system".equals(d.kind())).findFirst().ifPresent(ordered::add);
            if (ordered.isEmpty() && !asked.isEmpty() && asked.get(0).kind() == null) ordered.add(asked.get(0));
            if (ordered.isEmpty() || ordered.get(0).snapshotId() == null || ordered.get(0).snapshotId().isEmpty()) {
                throw new DomainException(DomainError.IMAGE_SYSTEM_DISK_MISSING, id);
            }
            for (NewDisk d : asked) if (d != ordered.get(0)) ordered.add(d);
            List<ImageDisk> out = new ArrayList<>();
            for (int n = 0; n < ordered.size(); n++) {
                NewDisk d = ordered.get(n);
                Snapshot s = d.snapshotId() == null || d.snapshotId().isEmpty() ? null : locked.get(d.snapshotId());
                int size = s == null ? (d.sizeGb() == null ? 0 : d.sizeGb())
                        : Math.max(s.sourceDiskSize(), d.sizeGb() == null ? 0 : d.sizeGb());
                String device = d.device() == null || d.device().isEmpty() ? DiskService.device(n) : d.device();
                out.add(new ImageDisk(s == null ? "" : s.id(), device, n == 0 ? Disk.SYSTEM : Disk.DATA, size));
            }
            return insert(scope, id, spec, out, "", tagged);
        });
    }

    /** An image of a Running or Stopped instance of the scope: each of its disks is snapshotted for it. */
    public Image createFromInstance(Scope scope, String id, String instanceId, NewImage spec, Map<String, String> tagged) {
        return tx.call(() -> {
            Instance i = instances.lock(scope, instanceId).orElseThrow(
                    () -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
            if (!SNAPSHOTTABLE.contains(i.status())) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
            List<ImageDisk> out = new ArrayList<>();
            for (Disk attached : disks.ofInstance(instanceId)) {
                Disk d = disks.lock(scope, attached.id()).orElseThrow().settled(clock.now());
                if (!d.instanceId().equals(instanceId)) continue;
                Snapshot s = snapshotService.takeOf(d, SnapshotService.newId(), new SnapshotService.NewSnapshot(d.id(),
                        "", "Created for image " + id, null, null));
                out.add(new ImageDisk(s.id(), d.device(), d.kind(), d.sizeGb()));
            }
            if (out.isEmpty() || !out.get(0).kind().equals(Disk.SYSTEM)) {
                throw new DomainException(DomainError.IMAGE_SYSTEM_DISK_MISSING, instanceId);
            }
            return insert(scope, id, spec, out, instanceId, tagged);
        });
    }

    /**
     * An image of a Running or Stopped host whose disks are not block-storage disks of the store (a UCloud host's
     * local or cloud boot disk): its system disk of that size, no snapshot behind it.
     */
    public Image createFromHost(Scope scope, String id, String instanceId, NewImage spec, int systemDiskGb) {
        return tx.call(() -> {
            Instance i = instances.lock(scope, instanceId).orElseThrow(
                    () -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
            if (!SNAPSHOTTABLE.contains(i.status())) {
                throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
            }
            return insert(scope, id, spec, List.of(new ImageDisk("", DiskService.device(0), Disk.SYSTEM, systemDiskGb)),
                    instanceId, Map.of());
        });
    }

    /** An image built by an image builder pipeline: its system disk of that size, no snapshot behind it. */
    public Image createBuilt(Scope scope, String id, NewImage spec, int systemDiskGb) {
        return tx.call(() -> insert(scope, id, spec,
                List.of(new ImageDisk("", DiskService.device(0), Disk.SYSTEM, systemDiskGb)), "", Map.of()));
    }

    private Image insert(Scope scope, String id, NewImage spec, List<ImageDisk> out, String instanceId,
                         Map<String, String> tagged) {
        String name = nz(spec.name());
        Image image = new Image(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                name.isEmpty() ? id : name, nz(spec.description()), nz(spec.family()), nz(spec.version()),
                nz(spec.platform()), or(spec.architecture(), "x86_64"), "linux", or(spec.bootMode(), "BIOS"),
                out.get(0).sizeGb(), instanceId, clock.now());
        try {
            store.insert(image, out);
        } catch (DuplicateKeyException taken) {
            throw new DomainException(DomainError.IMAGE_NAME_EXISTS, name);
        }
        tags.tagNew(scope, ResourceType.IMAGE, id, tagged);
        return image;
    }

    /**
     * A copy of a custom image in another (or the same) region of the account, as Aliyun's CopyImage makes it: the
     * source's attributes under the name and description asked for, and each of its disks over a copy of its snapshot
     * in the destination region (which the new image then uses, as the source's do); the tags asked for, not the
     * source's. Under the source's row lock, so a deletion of it waits or wins (IMAGE_NOT_FOUND).
     */
    public Image copy(Scope from, String imageId, Scope to, String id, String name, String description,
                      Map<String, String> tagged) {
        return tx.call(() -> {
            Image source = store.locked(from, imageId);
            List<ImageDisk> copied = new ArrayList<>();
            for (ImageDisk d : store.disksOf(List.of(imageId)).getOrDefault(imageId, List.of())) {
                String snapshot = "";
                if (!d.snapshotId().isEmpty()) {
                    snapshot = snapshotService.copy(from, d.snapshotId(), to, SnapshotService.newId(), "",
                            "Copied for image " + id + " from " + d.snapshotId(), null, Map.of()).id();
                }
                copied.add(new ImageDisk(snapshot, d.device(), d.kind(), d.sizeGb()));
            }
            var spec = new NewImage(name, description, source.imageFamily(), source.imageVersion(), source.platform(),
                    source.architecture(), source.bootMode());
            return insert(to, id, spec, copied, "", tagged);
        });
    }

    /**
     * Locks a custom image an instance is launched from, in the instance's creating transaction: one of the scope's
     * own, or one shared with its account in its region (still shared once locked, so an unsharing waits or wins).
     */
    public Image lockForLaunch(Scope scope, String id) {
        var own = store.lock(scope, id);
        if (own.isPresent()) return own.get();
        Image shared = store.sharedWith(scope, List.of(id), null, null).stream().findFirst()
                .orElseThrow(() -> new DomainException(DomainError.IMAGE_NOT_FOUND, id));
        store.locked(ownScope(shared), id);
        if (!store.sharedWith(id, scope.accountId())) throw new DomainException(DomainError.IMAGE_NOT_FOUND, id);
        return shared;
    }

    /** A custom image the scope may launch: its own, or one shared with its account in its region. */
    public Image launchable(Scope scope, String id) {
        return tx.read(() -> store.find(scope, id).or(() -> store.sharedWith(scope, List.of(id), null, null).stream()
                .findFirst()).orElseThrow(() -> new DomainException(DomainError.IMAGE_NOT_FOUND, id)));
    }

    /** The images of other accounts shared with the scope's account in its region, as DescribeImages filters them. */
    public List<Image> sharedWith(Scope scope, Collection<String> ids, String name, String family) {
        return tx.read(() -> store.sharedWith(scope, ids, name, family));
    }

    /**
     * ModifyImageSharePermission: the scope's custom image is shared with the accounts of add and no longer with those
     * of remove, under its row lock; never with its own account (IMAGE_SHARED_WITH_OWNER), with at most MAX_SHARES
     * accounts (IMAGE_SHARE_LIMIT). A share already there, or one ended that is not, changes nothing.
     */
    public void share(Scope scope, String id, Collection<String> add, Collection<String> remove) {
        tx.run(() -> {
            store.locked(scope, id);
            for (String account : add) {
                if (account.equals(scope.accountId())) {
                    throw new DomainException(DomainError.IMAGE_SHARED_WITH_OWNER, account);
                }
            }
            for (String account : remove) store.unshare(id, account);
            for (String account : add) store.share(id, account, clock.now());
            if (store.shareCount(id) > MAX_SHARES) throw new DomainException(DomainError.IMAGE_SHARE_LIMIT, id);
        });
    }

    /** A page of the accounts the scope's custom image is shared with. */
    public Page<ImageShare> shares(Scope scope, String id, int offset, int limit) {
        return tx.read(() -> {
            store.get(scope, id);
            return store.shares(id, offset, limit);
        });
    }

    /** Which of these images are shared with another account. */
    public List<String> shared(Collection<String> imageIds) {
        return tx.read(() -> store.shared(imageIds));
    }

    private static Scope ownScope(Image i) {
        return new Scope(i.cloud(), i.accountId(), i.region(), i.projectId());
    }

    public Page<Image> list(Scope scope, Collection<String> ids, String name, String family, String snapshotId,
                            int offset, int limit) {
        return tx.read(() -> store.list(scope, ids, name, family, snapshotId, offset, limit));
    }

    public Map<String, List<ImageDisk>> disksOf(Collection<String> imageIds) {
        return tx.read(() -> store.disksOf(imageIds));
    }

    /** Renames, re-describes or re-files an image (null keeps a value); the name stays unique in the scope. */
    public Image modify(Scope scope, String id, String name, String description, String family) {
        return tx.call(() -> {
            store.locked(scope, id);
            Map<String, Object> changes = new LinkedHashMap<>();
            if (name != null) {
                changes.put("name", name);
                changes.put("nameKey", name.isEmpty() ? id : name);
            }
            changes.put("description", description);
            changes.put("imageFamily", family);
            try {
                store.update(id, changes);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.IMAGE_NAME_EXISTS, name);
            }
            return get(scope, id);
        });
    }

    /**
     * Deletes an image no instance runs (or, forced, one they do) and shared with no other account (IMAGE_SHARED),
     * with its tags; its snapshots stay.
     */
    public void delete(Scope scope, String id, boolean force) {
        tx.run(() -> {
            store.locked(scope, id);
            if (!store.shared(List.of(id)).isEmpty()) throw new DomainException(DomainError.IMAGE_SHARED, id);
            if (!force && store.instancesUsing(scope, id) > 0) throw new DomainException(DomainError.IMAGE_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** An image from a state document, with its disks (their snapshots must be in the scope). */
    public void restore(Image image, List<ImageDisk> imageDisks) {
        tx.run(() -> {
            Scope scope = new Scope(image.cloud(), image.accountId(), image.region(), image.projectId());
            for (ImageDisk d : imageDisks) {
                if (!d.snapshotId().isEmpty() && snapshots.find(scope, d.snapshotId()).isEmpty()) {
                    throw new DomainException(DomainError.SNAPSHOT_NOT_FOUND, d.snapshotId());
                }
            }
            try {
                store.insert(image, imageDisks);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.IMAGE_NAME_EXISTS, image.name());
            }
        });
    }

    private static String or(String s, String otherwise) {
        return s == null || s.isEmpty() ? otherwise : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
