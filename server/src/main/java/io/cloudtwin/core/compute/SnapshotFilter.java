package io.cloudtwin.core.compute;

import java.util.Collection;

/** Which snapshots of a scope a listing wants; null or empty fields mean "any". */
public record SnapshotFilter(Collection<String> ids, String diskId, String instanceId, String name, String sourceDiskKind,
                             String category, Boolean encrypted) {
    public static SnapshotFilter none() {
        return new SnapshotFilter(null, null, null, null, null, null, null);
    }
}
