package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Snapshots; the rules that use them are SnapshotService's. */
@Component
public class SnapshotStore extends ScopedStore<Snapshot> {
    public SnapshotStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "snapshot", Snapshot.class, DomainError.SNAPSHOT_NOT_FOUND);
    }

    /** Which of these snapshots some standing disk is made from. */
    public List<String> madeDisks(Collection<String> ids) {
        return Rows.present(jdbc, "disk", "source_snapshot_id", ids);
    }

    /** How many disks were made from the snapshot (and still stand). */
    public long disksMadeFrom(String snapshotId) {
        return Rows.count(jdbc, "disk", "source_snapshot_id", snapshotId);
    }

    /** How many snapshots of the disk stand. */
    public long countOfDisk(String diskId) {
        return Rows.count(jdbc, "snapshot", "disk_id", diskId);
    }

    /** How many snapshots of each of these disks stand (disks with none are left out). */
    public Map<String, Long> countsOfDisks(Collection<String> diskIds) {
        return Rows.countsBy(jdbc, "snapshot", "disk_id", diskIds);
    }
}
