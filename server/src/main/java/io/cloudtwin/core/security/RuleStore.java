package io.cloudtwin.core.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;

@Component
public record RuleStore(JdbcClient jdbc) {
    private static final String COLUMNS = "id, group_id, direction, ip_range, priority, protocol, dst_port, "
            + "rule_action, remark, peer_group_id, peer_prefix_list_id, peer_port, nic_type, created_at";

    public void insert(SecurityGroupRule r, OffsetDateTime now) {
        jdbc.sql("INSERT INTO security_group_rule (" + COLUMNS + ") VALUES (:id, :g, :d, :ip, :p, :proto, :port, :a, "
                        + ":remark, :peer, :prefixList, :peerPort, :nic, :t)")
                .param("id", r.id()).param("g", r.groupId()).param("d", r.direction()).param("ip", r.ipRange())
                .param("p", r.priority()).param("proto", r.protocol()).param("port", r.dstPort())
                .param("a", r.action()).param("remark", nz(r.remark())).param("peer", nz(r.peerGroupId()))
                .param("prefixList", nz(r.peerPrefixListId())).param("peerPort", nz(r.peerPort()))
                .param("nic", nz(r.nicType())).param("t", now).update();
    }

    /**
     * Replaces every field of one rule of the group but its id and creation time; 0 when the group has no such rule.
     * (UCloud's rules leave peer group, prefix list, peer port and NIC type empty.)
     */
    public int update(SecurityGroupRule r) {
        return jdbc.sql("UPDATE security_group_rule SET direction = :d, ip_range = :ip, priority = :p, protocol = :proto, "
                        + "dst_port = :port, rule_action = :a, remark = :remark, peer_group_id = :peer, "
                        + "peer_prefix_list_id = :prefixList, peer_port = :peerPort, nic_type = :nic "
                        + "WHERE id = :id AND group_id = :g")
                .param("id", r.id()).param("g", r.groupId()).param("d", r.direction()).param("ip", r.ipRange())
                .param("p", r.priority()).param("proto", r.protocol()).param("port", r.dstPort())
                .param("a", r.action()).param("remark", nz(r.remark())).param("peer", nz(r.peerGroupId()))
                .param("prefixList", nz(r.peerPrefixListId())).param("peerPort", nz(r.peerPort()))
                .param("nic", nz(r.nicType())).update();
    }

    public int delete(String groupId, Collection<String> ruleIds) {
        if (ruleIds.isEmpty()) return 0;
        return jdbc.sql("DELETE FROM security_group_rule WHERE group_id = :g AND id IN (:ids)")
                .param("g", groupId).param("ids", ruleIds).update();
    }

    public Optional<SecurityGroupRule> find(String groupId, String ruleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_group_rule WHERE group_id = :g AND id = :id")
                .param("g", groupId).param("id", ruleId).query(RuleStore::map).optional();
    }

    public List<SecurityGroupRule> ofGroup(String groupId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_group_rule WHERE group_id = :g ORDER BY created_at, id")
                .param("g", groupId).query(RuleStore::map).list();
    }

    /** Ids of the groups (other than those named) with a rule naming one of groupIds as its peer, by peer. */
    public Map<String, List<String>> referencing(Collection<String> groupIds) {
        if (groupIds.isEmpty()) return new LinkedHashMap<>();
        return Rows.grouped(jdbc.sql("SELECT DISTINCT peer_group_id, group_id FROM security_group_rule "
                        + "WHERE peer_group_id IN (:ids) AND group_id <> peer_group_id ORDER BY peer_group_id, group_id")
                .param("ids", groupIds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list(), Map.Entry::getKey,
                Map.Entry::getValue);
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
        jdbc.sql("SELECT " + COLUMNS + " FROM security_group_rule " + where + " ORDER BY group_id, created_at, id")
                .params(params)
                .query(RuleStore::map)
                .list().forEach(r -> out.computeIfAbsent(r.groupId(), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static SecurityGroupRule map(ResultSet rs, int n) throws SQLException {
        return new SecurityGroupRule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
