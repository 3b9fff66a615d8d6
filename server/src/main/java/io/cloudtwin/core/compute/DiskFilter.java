package io.cloudtwin.core.compute;

import java.util.Collection;

/** Which disks of a scope a listing wants; null or empty fields mean "any". */
public record DiskFilter(Collection<String> ids, String instanceId, String zone, String kind, String category,
                         DiskStatus status, String name) {
    public static DiskFilter none() {
        return new DiskFilter(null, null, null, null, null, null, null);
    }
}
