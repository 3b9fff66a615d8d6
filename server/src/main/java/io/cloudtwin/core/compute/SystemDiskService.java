package io.cloudtwin.core.compute;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;

/**
 * A new system for an instance (Aliyun's ReplaceSystemDisk): a Stopped instance gets a new system disk (a new id) from
 * an image, of a size at least the image's; the old disk goes, the instance runs that image from then on. Locks: the
 * instance's row, then a custom image's (as a launch takes it), then the old disk's.
 */
@Service
public record SystemDiskService(InstanceStore instances, InstanceDetailStore details, DiskStore disks,
                                DiskService diskService, ImageService images, Transactions tx) {
    /**
     * Replaces the system disk of a Stopped instance; imageId null keeps its image, customImage: a custom image of the
     * scope (else one of the catalog's); the new disk's id.
     */
    public Disk replace(Scope scope, String instanceId, String imageId, boolean customImage, int sizeGb) {
        return tx.call(() -> {
            Instance i = instances.lock(scope, instanceId)
                    .orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, instanceId);
            if (i.status() != InstanceStatus.STOPPED) {
                throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
            }
            if (customImage) images.lockForLaunch(scope, imageId);
            Disk old = disks.ofInstance(instanceId).stream().filter(Disk::system).findFirst()
                    .orElseThrow(() -> new DomainException(DomainError.INSTANCE_SYSTEM_DISK_MISSING, instanceId));
            disks.lock(scope, old.id());
            if (imageId != null) instances.setImage(instanceId, imageId);
            Instance now = instances.lock(scope, instanceId).orElseThrow();
            Disk created = diskService.replaceSystem(now, old, Ids.Shape.DISK.next(i.cloud()), sizeGb);
            details.setSystemDisk(instanceId, created.id(), sizeGb);
            return created;
        });
    }

    /** The instance's system disk now (INSTANCE_SYSTEM_DISK_MISSING for one without). */
    public Disk of(Scope scope, String instanceId) {
        return tx.read(() -> {
            instances.find(scope, instanceId).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND,
                    instanceId));
            return disks.ofInstance(instanceId).stream().filter(Disk::system).findFirst()
                    .orElseThrow(() -> new DomainException(DomainError.INSTANCE_SYSTEM_DISK_MISSING, instanceId));
        });
    }
}
