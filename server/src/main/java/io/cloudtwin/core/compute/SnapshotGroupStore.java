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

/** The snapshot_group rows and their members (V135); the rules are SnapshotGroupService's. */
@Component
public class SnapshotGroupStore extends ScopedStore<SnapshotGroup> {
    public SnapshotGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "snapshot_group", SnapshotGroup.class, DomainError.SNAPSHOT_GROUP_NOT_FOUND);
    }

    public void addMember(String groupId, String snapshotId) {
        Rows.insert(jdbc, "snapshot_group_member", "group_id", groupId, "snapshot_id", snapshotId);
    }

    /** The snapshots of each of these groups, in the order they were taken. */
    public Map<String, List<String>> members(Collection<String> groupIds) {
        if (groupIds.isEmpty()) return Map.of();
        return Rows.grouped(jdbc.sql("SELECT group_id, snapshot_id FROM snapshot_group_member WHERE group_id IN (:ids) "
                        + "ORDER BY group_id, seq").param("ids", groupIds)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list(), p -> p[0], p -> p[1]);
    }
}
