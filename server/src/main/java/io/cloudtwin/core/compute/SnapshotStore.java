package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Snapshots; the rules that use them are SnapshotService's. */
@Component
public class SnapshotStore extends ScopedStore<Snapshot> {
    public SnapshotStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "snapshot", Snapshot.class);
    }

    public Page<Snapshot> list(Scope scope, SnapshotFilter f, int offset, int limit) {
        return table.list(scope, where(f), offset, limit);
    }

    public List<Snapshot> after(Scope scope, SnapshotFilter f, Snapshot last, int limit) {
        return table.after(scope, where(f), last, limit);
    }

    private static ScopedTable.Where where(SnapshotFilter f) {
        return new ScopedTable.Where().in("id", f.ids()).equal("disk_id", f.diskId()).equal("instance_id", f.instanceId())
                .equal("name", f.name()).equal("source_disk_kind", f.sourceDiskKind()).equal("category", f.category())
                .equal("encrypted", f.encrypted())
                .among("id", f.usedByImage(), IN_IMAGES).among("id", f.usedByDisk(), IN_DISKS);
    }

    /** The snapshots custom images are made from, and those standing disks are made from (never NULL: NOT IN). */
    private static final String IN_IMAGES = "SELECT snapshot_id FROM image_disk WHERE snapshot_id IS NOT NULL";
    private static final String IN_DISKS = "SELECT source_snapshot_id FROM disk WHERE source_snapshot_id <> ''";

    /** Which of these snapshots some standing disk is made from. */
    public List<String> madeDisks(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT DISTINCT source_snapshot_id FROM disk WHERE source_snapshot_id IN (:ids)")
                .param("ids", ids).query(String.class).list();
    }

    /** How many disks were made from the snapshot (and still stand). */
    public long disksMadeFrom(String snapshotId) {
        return jdbc.sql("SELECT COUNT(*) FROM disk WHERE source_snapshot_id = :s").param("s", snapshotId)
                .query(Long.class).single();
    }

    /** How many snapshots of the disk stand. */
    public long countOfDisk(String diskId) {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE disk_id = :d").param("d", diskId).query(Long.class).single();
    }

    /** How many snapshots of each of these disks stand (disks with none are left out). */
    public Map<String, Long> countsOfDisks(Collection<String> diskIds) {
        Map<String, Long> out = new HashMap<>();
        if (diskIds.isEmpty()) return out;
        jdbc.sql("SELECT disk_id, COUNT(*) AS n FROM snapshot WHERE disk_id IN (:ids) GROUP BY disk_id")
                .param("ids", diskIds).query((rs, n) -> out.put(rs.getString("disk_id"), rs.getLong("n"))).list();
        return out;
    }
}
