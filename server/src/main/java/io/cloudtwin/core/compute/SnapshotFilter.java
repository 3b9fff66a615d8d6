package io.cloudtwin.core.compute;

import java.util.Collection;

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

    public static SnapshotFilter none() {
        return new SnapshotFilter(null, null, null, null, null, null, null);
    }
}
