package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Rules of listeners (V87); the rules are ListenerRuleService's. */
@Component
public class ListenerRuleStore extends ScopedStore<ListenerRule> {
    public ListenerRuleStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_listener_rule", ListenerRule.class, DomainError.LISTENER_RULE_NOT_FOUND);
    }

    /** The rules of these listeners, by listener, in creation order. */
    public Map<String, List<ListenerRule>> rulesOf(Collection<String> listenerIds) {
        return table.groupedBy("listener_id", listenerIds);
    }

    /** The rules that send to these server groups, by group. */
    public Map<String, List<ListenerRule>> sendingTo(Collection<String> serverGroupIds) {
        return table.groupedBy("server_group_id", serverGroupIds);
    }
}
