package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Forwarding rules and the backends each sends to. */
@Component
public class ForwardingRuleStore extends ScopedStore<ForwardingRule> {
    public ForwardingRuleStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_rule", ForwardingRule.class, DomainError.FORWARDING_RULE_NOT_FOUND);
    }

    /** The rule sends to exactly these backends. */
    public void setBackends(String ruleId, Collection<String> backendIds) {
        jdbc.sql("DELETE FROM lb_rule_backend WHERE rule_id = :r").param("r", ruleId).update();
        for (String b : backendIds) {
            jdbc.sql("INSERT INTO lb_rule_backend (rule_id, backend_id) VALUES (:r, :b)")
                    .param("r", ruleId).param("b", b).update();
        }
    }

    /** The backends of each of these rules, in id order. */
    public Map<String, List<String>> backendsOf(Collection<String> ruleIds) {
        return Rows.lists(jdbc, "lb_rule_backend", "rule_id", "backend_id", ruleIds, "rule_id, backend_id");
    }

    /** The rules of each of these listeners, in creation order. */
    public Map<String, List<ForwardingRule>> rulesOf(Collection<String> listenerIds) {
        return listenerIds.isEmpty() ? Map.of() : table.groupedBy("listener_id", listenerIds);
    }
}
