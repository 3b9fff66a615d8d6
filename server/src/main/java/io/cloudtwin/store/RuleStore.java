package io.cloudtwin.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.cloudtwin.core.SecurityGroupRule;

@Repository
public class RuleStore {
    private final JdbcClient jdbc;

    public RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SecurityGroupRule r, OffsetDateTime now) {
        jdbc.sql("INSERT INTO security_group_rule (id, group_id, direction, ip_range, priority, protocol, dst_port, "
                        + "rule_action, remark, created_at) VALUES (:id, :g, :d, :ip, :p, :proto, :port, :a, :remark, :t)")
                .param("id", r.id()).param("g", r.groupId()).param("d", r.direction()).param("ip", r.ipRange())
                .param("p", r.priority()).param("proto", r.protocol()).param("port", r.dstPort())
                .param("a", r.action()).param("remark", r.remark()).param("t", now).update();
    }

    /** Replaces every field of one rule of the group; 0 when the group has no such rule. */
    public int update(SecurityGroupRule r) {
        return jdbc.sql("UPDATE security_group_rule SET direction = :d, ip_range = :ip, priority = :p, protocol = :proto, "
                        + "dst_port = :port, rule_action = :a, remark = :remark WHERE id = :id AND group_id = :g")
                .param("id", r.id()).param("g", r.groupId()).param("d", r.direction()).param("ip", r.ipRange())
                .param("p", r.priority()).param("proto", r.protocol()).param("port", r.dstPort())
                .param("a", r.action()).param("remark", r.remark()).update();
    }

    public int delete(String groupId, Collection<String> ruleIds) {
        return jdbc.sql("DELETE FROM security_group_rule WHERE group_id = :g AND id IN (:ids)")
                .param("g", groupId).param("ids", ruleIds).update();
    }

    public Map<String, List<SecurityGroupRule>> forGroups(Collection<String> groupIds) {
        if (groupIds.isEmpty()) return new LinkedHashMap<>();
        return select("WHERE group_id IN (:g)", Map.of("g", groupIds));
    }

    /** Every rule of every group (state export). */
    public Map<String, List<SecurityGroupRule>> all() {
        return select("", Map.of());
    }

    private Map<String, List<SecurityGroupRule>> select(String where, Map<String, Object> params) {
        Map<String, List<SecurityGroupRule>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, group_id, direction, ip_range, priority, protocol, dst_port, rule_action, remark "
                        + "FROM security_group_rule " + where + " ORDER BY group_id, created_at, id")
                .params(params)
                .query((rs, n) -> new SecurityGroupRule(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list().forEach(r -> out.computeIfAbsent(r.groupId(), k -> new java.util.ArrayList<>()).add(r));
        return out;
    }
}
