package io.cloudtwin.core.compute;

import java.util.Collection;

import io.cloudtwin.core.ScopedTable;

/** Which disks of a scope a listing wants; null or empty fields mean "any". */
public record DiskFilter(Collection<String> ids, String instanceId, String zone, String kind, String category,
                         DiskStatus status, String name) {
    /** The filter as conditions over the disk table. */
    public ScopedTable.Where where() {
        return new ScopedTable.Where().in("id", ids).equal("instance_id", instanceId).equal("zone", zone)
                .equal("kind", kind).equal("category", category).equal("status", status).equal("name", name);
    }

    public static DiskFilter none() {
        return new DiskFilter(null, null, null, null, null, null, null);
    }
}
