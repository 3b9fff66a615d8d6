package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A block-storage disk of a scope, in a zone: an instance's system disk (kind "system", made and deleted with it) or a
 * data disk, Available or attached to one instance (instanceId, device; "" when none). tag: the group it is filed
 * under (UCloud's Tag; "" where the cloud has none). settlesAt: when an attach or detach under way (status ATTACHING,
 * DETACHING) completes; null when none is. An ATTACHING or DETACHING disk already names its instance.
 */
public record Disk(String id, Cloud cloud, String accountId, String region, String projectId, String zone, String name,
                   String description, String category, int sizeGb, String kind, DiskStatus status, String instanceId,
                   String device, boolean deleteWithInstance, boolean deleteAutoSnapshot, boolean enableAutoSnapshot,
                   boolean encrypted, String performanceLevel, String chargeType, String sourceSnapshotId,
                   String imageId, OffsetDateTime attachedAt, OffsetDateTime detachedAt, OffsetDateTime createdAt,
                   String tag, OffsetDateTime settlesAt) {
    public static final String SYSTEM = "system";
    public static final String DATA = "data";

    public boolean system() {
        return SYSTEM.equals(kind);
    }

    public boolean attached() {
        return !instanceId.isEmpty();
    }

    /** Whether an attach or detach is under way. */
    public boolean changing() {
        return status == DiskStatus.ATTACHING || status == DiskStatus.DETACHING;
    }

    /** The disk as it is at now: an attach whose time has come is IN_USE, such a detach AVAILABLE and detached. */
    public Disk settled(OffsetDateTime now) {
        if (!changing() || settlesAt == null || settlesAt.isAfter(now)) return this;
        boolean in = status == DiskStatus.ATTACHING;
        return new Disk(id, cloud, accountId, region, projectId, zone, name, description, category, sizeGb, kind,
                in ? DiskStatus.IN_USE : DiskStatus.AVAILABLE, in ? instanceId : "", in ? device : "",
                deleteWithInstance, deleteAutoSnapshot, enableAutoSnapshot, encrypted, performanceLevel, chargeType,
                sourceSnapshotId, imageId, attachedAt, in ? detachedAt : settlesAt, createdAt, tag, null);
    }
}
