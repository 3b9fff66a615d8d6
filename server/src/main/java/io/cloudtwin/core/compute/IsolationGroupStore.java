package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Isolation groups and the hosts in each, with the zone each host stands in. */
@Component
public class IsolationGroupStore extends ScopedStore<IsolationGroup> {
    public IsolationGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "isolation_group", IsolationGroup.class);
    }

    public void join(String instanceId, String groupId, String zone) {
        jdbc.sql("INSERT INTO isolation_member (instance_id, group_id, zone) VALUES (:i, :g, :z)")
                .param("i", instanceId).param("g", groupId).param("z", zone).update();
    }

    /** Takes the host out of the group; 0 when it was not in it. */
    public int leave(String instanceId, String groupId) {
        return jdbc.sql("DELETE FROM isolation_member WHERE instance_id = :i AND group_id = :g")
                .param("i", instanceId).param("g", groupId).update();
    }

    public long membersIn(String groupId, String zone) {
        return jdbc.sql("SELECT COUNT(*) FROM isolation_member WHERE group_id = :g AND zone = :z")
                .param("g", groupId).param("z", zone).query(Long.class).single();
    }

    public long members(String groupId) {
        return Rows.count(jdbc, "isolation_member", "group_id", groupId);
    }

    /** Per group, its hosts' count in each zone that has any (zones in order). */
    public Map<String, Map<String, Long>> spread(Collection<String> groupIds) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (groupIds.isEmpty()) return out;
        jdbc.sql("SELECT group_id, zone, COUNT(*) AS hosts FROM isolation_member WHERE group_id IN (:ids) "
                        + "GROUP BY group_id, zone ORDER BY group_id, zone").param("ids", groupIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("group_id"), k -> new LinkedHashMap<>())
                        .put(rs.getString("zone"), rs.getLong("hosts"))).list();
        return out;
    }

    /** The group each of these hosts is in (absent: none). */
    public Map<String, String> groupsOf(Collection<String> instanceIds) {
        return Rows.pairs(jdbc, "isolation_member", "instance_id", "group_id", instanceIds);
    }

    /** Every membership, host id to group id (state export). */
    public Map<String, String> allMembers() {
        return Rows.allPairs(jdbc, "isolation_member", "instance_id", "group_id");
    }
}
