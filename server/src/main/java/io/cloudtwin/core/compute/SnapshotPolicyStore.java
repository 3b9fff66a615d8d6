package io.cloudtwin.core.compute;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Automatic snapshot policies, and the policy each disk follows (disk.snapshot_policy_id). */
@Component
public class SnapshotPolicyStore extends ScopedStore<SnapshotPolicy> {
    public SnapshotPolicyStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "snapshot_policy", SnapshotPolicy.class, DomainError.SNAPSHOT_POLICY_NOT_FOUND);
    }

    /** The disk follows the policy (null: none). */
    public void apply(String diskId, String policyId) {
        jdbc.sql("UPDATE disk SET snapshot_policy_id = :p WHERE id = :d").param("p", policyId, Types.VARCHAR)
                .param("d", diskId).update();
    }

    /** How many disks follow each of these policies (absent: none). */
    public Map<String, Long> diskCounts(Collection<String> policyIds) {
        return Rows.countsBy(jdbc, "disk", "snapshot_policy_id", policyIds);
    }

    /** The policy each of these disks follows (absent: none). */
    public Map<String, String> ofDisks(Collection<String> diskIds) {
        Map<String, String> out = new HashMap<>();
        Rows.pairs(jdbc, "disk", "id", "snapshot_policy_id", diskIds).forEach((d, p) -> {
            if (p != null) out.put(d, p);
        });
        return out;
    }

    /** The disks that follow the policy, in id order. */
    public List<String> disksOf(String policyId) {
        return jdbc.sql("SELECT id FROM disk WHERE snapshot_policy_id = :p ORDER BY id").param("p", policyId)
                .query(String.class).list();
    }

    /** Every disk that follows a policy, disk id to policy id, in disk id order (state export). */
    public Map<String, String> allApplied() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, snapshot_policy_id FROM disk WHERE snapshot_policy_id IS NOT NULL ORDER BY id")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }
}
