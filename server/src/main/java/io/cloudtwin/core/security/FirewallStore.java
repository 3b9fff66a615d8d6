package io.cloudtwin.core.security;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** UCloud firewalls, their rules and the one firewall of each host (firewall_binding). */
@Component
public class FirewallStore extends ScopedStore<Firewall> {
    /**
     * Inserting a firewall, the unique indexes refuse a taken name or a second recommended firewall of a kind; rule
     * changes, grants and its deletion are serialized on its row's lock.
     */
    public FirewallStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, new ScopedTable<>(jdbc, locks, "firewall", Firewall.class, Map.of("type", "fw_type")),
                DomainError.FIREWALL_NOT_FOUND);
    }

    /** The recommended firewall of a kind ("web", "non web") of the scope. */
    public Optional<Firewall> recommended(Scope scope, String kind) {
        return table.list(scope, new ScopedTable.Where().equal("recommended", kind), 0, 1).items().stream().findFirst();
    }

    public long recommendedCount(Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM firewall WHERE recommended IS NOT NULL AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).query(Long.class).single();
    }

    /** One page of the scope's firewalls, recommended ones first, then in creation order. */
    public Page<Firewall> list(Scope scope, FirewallFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("f", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        if (f.id() != null) {
            where.append(" AND f.id = :id");
            params.put("id", f.id());
        }
        if (f.instanceId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM firewall_binding b WHERE b.firewall_id = f.id "
                    + "AND b.instance_id = :instanceId)");
            params.put("instanceId", f.instanceId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM firewall f WHERE " + where).params(params).query(Long.class).single();
        List<Firewall> items = jdbc.sql("SELECT f.* FROM firewall f WHERE " + where
                        + " ORDER BY CASE WHEN f.recommended IS NULL THEN 1 ELSE 0 END, f.created_at, f.id "
                        + "LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query((rs, n) -> table.map(rs)).list();
        return new Page<>(items, total);
    }

    public int updateAttributes(String id, String name, String tag, String remark) {
        return jdbc.sql("UPDATE firewall SET name = COALESCE(:name, name), tag = COALESCE(:tag, tag), "
                        + "remark = COALESCE(:remark, remark) WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("tag", tag, Types.VARCHAR)
                .param("remark", remark, Types.VARCHAR).param("id", id).update();
    }

    public void replaceRules(String firewallId, List<FirewallRule> rules) {
        jdbc.sql("DELETE FROM firewall_rule WHERE firewall_id = :f").param("f", firewallId).update();
        int seq = 0;
        for (FirewallRule r : rules) {
            jdbc.sql("INSERT INTO firewall_rule (firewall_id, seq, protocol, dst_port, src_ip, rule_action, priority, "
                            + "remark) VALUES (:f, :seq, :protocol, :port, :src, :action, :priority, :remark)")
                    .param("f", firewallId).param("seq", seq++).param("protocol", r.protocol())
                    .param("port", r.dstPort()).param("src", r.srcIp()).param("action", r.action())
                    .param("priority", r.priority()).param("remark", r.remark()).update();
        }
    }

    /** The rules of each firewall, in the order they were given. */
    public Map<String, List<FirewallRule>> rulesOf(Collection<String> firewallIds) {
        if (firewallIds.isEmpty()) return new HashMap<>();
        return Rows.grouped(jdbc.sql("SELECT firewall_id, protocol, dst_port, src_ip, rule_action, priority, remark "
                        + "FROM firewall_rule WHERE firewall_id IN (:ids) ORDER BY firewall_id, seq")
                .param("ids", firewallIds)
                .query((rs, row) -> Map.entry(rs.getString("firewall_id"), new FirewallRule(rs.getString("protocol"),
                        rs.getString("dst_port"), rs.getString("src_ip"), rs.getString("rule_action"),
                        rs.getString("priority"), rs.getString("remark"))))
                .list(), Map.Entry::getKey, Map.Entry::getValue);
    }

    /** How many resources each firewall is applied to (absent: none). */
    public Map<String, Long> resourceCounts(Collection<String> firewallIds) {
        return Rows.countsBy(jdbc, "firewall_binding", "firewall_id", firewallIds);
    }

    /** Whether a host, a load balancer (load_balancer.firewall_id, V61) or a NAT gateway (V71) has the firewall applied. */
    public boolean inUse(String firewallId) {
        return Rows.countAll(jdbc, firewallId, "firewall_binding WHERE firewall_id = :value",
                "load_balancer WHERE firewall_id = :value", "nat_gateway WHERE firewall_id = :value") > 0;
    }

    /**
     * Applies a firewall to an instance, replacing the one it had: the primary key keeps one per instance and the
     * foreign key refuses a firewall deleted meanwhile.
     */
    public void bind(String instanceId, String firewallId, OffsetDateTime now) {
        jdbc.sql("DELETE FROM firewall_binding WHERE instance_id = :i").param("i", instanceId).update();
        Rows.insert(jdbc, "firewall_binding", "instance_id", instanceId, "firewall_id", firewallId, "created_at", now);
    }

    /** The firewall of each instance, by instance id (absent: none). */
    public Map<String, String> firewallsOf(Collection<String> instanceIds) {
        return Rows.pairs(jdbc, "firewall_binding", "instance_id", "firewall_id", instanceIds);
    }

    /** Every binding, instance id to firewall id (state export). */
    public Map<String, String> allBindings() {
        return Rows.allPairs(jdbc, "firewall_binding", "instance_id", "firewall_id");
    }
}
