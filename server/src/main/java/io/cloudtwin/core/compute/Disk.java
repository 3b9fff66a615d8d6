package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A block-storage disk of a scope, in a zone: an instance's system disk (kind "system", made and deleted with it) or a
 * data disk, Available or attached to one instance (instanceId, device; "" when none).
 */
public record Disk(String id, Cloud cloud, String accountId, String region, String projectId, String zone, String name,
                   String description, String category, int sizeGb, String kind, DiskStatus status, String instanceId,
                   String device, boolean deleteWithInstance, boolean deleteAutoSnapshot, boolean enableAutoSnapshot,
                   boolean encrypted, String performanceLevel, String chargeType, String sourceSnapshotId,
                   String imageId, OffsetDateTime attachedAt, OffsetDateTime detachedAt, OffsetDateTime createdAt) {
    public static final String SYSTEM = "system";
    public static final String DATA = "data";

    public boolean system() {
        return SYSTEM.equals(kind);
    }

    public boolean attached() {
        return !instanceId.isEmpty();
    }
}
