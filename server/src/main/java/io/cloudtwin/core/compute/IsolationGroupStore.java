package io.cloudtwin.core.compute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.compute.IsolationGroup.Member;
import io.cloudtwin.store.RowLocks;

/** Isolation groups and the hosts in each, with the zone each host stands in and its group number (0: none). */
@Component
public class IsolationGroupStore extends ScopedStore<IsolationGroup> {
    public IsolationGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "isolation_group", IsolationGroup.class, DomainError.ISOLATION_GROUP_NOT_FOUND);
    }

    public void join(String instanceId, String groupId, String zone, int groupNo) {
        Rows.insert(jdbc, "isolation_member", "instance_id", instanceId, "group_id", groupId, "zone", zone, "group_no",
                groupNo);
    }

    /** Takes the host out of the group; 0 when it was not in it. */
    public int leave(String instanceId, String groupId) {
        return Rows.delete(jdbc, "isolation_member", "instance_id", instanceId, "group_id", groupId);
    }

    /** The group's hosts in a zone, by group number (0: the hosts of a set without groups). */
    public Map<Integer, Long> membersIn(String groupId, String zone) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT group_no, COUNT(*) AS hosts FROM isolation_member WHERE group_id = :g AND zone = :z "
                        + "GROUP BY group_no ORDER BY group_no").param("g", groupId).param("z", zone)
                .query((rs, n) -> out.put(rs.getInt("group_no"), rs.getLong("hosts"))).list();
        return out;
    }

    /** The zones the group's hosts stand in. */
    public List<String> zonesOf(String groupId) {
        return jdbc.sql("SELECT DISTINCT zone FROM isolation_member WHERE group_id = :g ORDER BY zone")
                .param("g", groupId).query(String.class).list();
    }

    public long members(String groupId) {
        return Rows.count(jdbc, "isolation_member", "group_id", groupId);
    }

    /** The hosts of these groups, by zone, then in the order their instances were made. */
    public List<Member> membersOf(Collection<String> groupIds) {
        if (groupIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT m.instance_id, m.group_id, m.zone, m.group_no FROM isolation_member m "
                        + "JOIN instance i ON i.id = m.instance_id WHERE m.group_id IN (:ids) "
                        + "ORDER BY m.zone, i.created_at, m.instance_id").param("ids", groupIds)
                .query((rs, n) -> member(rs)).list();
    }

    /** The membership of each of these hosts that is in a group (absent: none). */
    public Map<String, Member> of(Collection<String> instanceIds) {
        Map<String, Member> out = new LinkedHashMap<>();
        if (instanceIds.isEmpty()) return out;
        jdbc.sql("SELECT instance_id, group_id, zone, group_no FROM isolation_member WHERE instance_id IN (:ids)")
                .param("ids", instanceIds).query((rs, n) -> member(rs)).list()
                .forEach(m -> out.put(m.instanceId(), m));
        return out;
    }

    /** Every membership (state export). */
    public List<Member> allMembers() {
        return jdbc.sql("SELECT instance_id, group_id, zone, group_no FROM isolation_member ORDER BY group_id, instance_id")
                .query((rs, n) -> member(rs)).list();
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getString("instance_id"), rs.getString("group_id"), rs.getString("zone"),
                rs.getInt("group_no"));
    }
}
