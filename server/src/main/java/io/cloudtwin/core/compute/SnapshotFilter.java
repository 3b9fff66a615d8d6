package io.cloudtwin.core.compute;

import java.util.Collection;

import io.cloudtwin.core.ScopedTable;

/**
 * Which snapshots of a scope a listing wants; null or empty fields mean "any". usedByImage / usedByDisk: whether some
 * custom image / some standing disk is made from the snapshot (ECS's Usage).
 */
public record SnapshotFilter(Collection<String> ids, String diskId, String instanceId, String name, String sourceDiskKind,
                             String category, Boolean encrypted, Boolean usedByImage, Boolean usedByDisk) {
    public SnapshotFilter(Collection<String> ids, String diskId, String instanceId, String name, String sourceDiskKind,
                          String category, Boolean encrypted) {
        this(ids, diskId, instanceId, name, sourceDiskKind, category, encrypted, null, null);
    }

    /** The snapshots custom images are made from, and those standing disks are made from (never NULL: NOT IN). */
    private static final String IN_IMAGES = "SELECT snapshot_id FROM image_disk WHERE snapshot_id IS NOT NULL";
    private static final String IN_DISKS = "SELECT source_snapshot_id FROM disk WHERE source_snapshot_id <> ''";

    /** The filter as conditions over the snapshot table. */
    public ScopedTable.Where where() {
        return new ScopedTable.Where().in("id", ids).equal("disk_id", diskId).equal("instance_id", instanceId)
                .equal("name", name).equal("source_disk_kind", sourceDiskKind).equal("category", category)
                .equal("encrypted", encrypted)
                .among("id", usedByImage, IN_IMAGES).among("id", usedByDisk, IN_DISKS);
    }

    public static SnapshotFilter none() {
        return new SnapshotFilter(null, null, null, null, null, null, null);
    }
}
