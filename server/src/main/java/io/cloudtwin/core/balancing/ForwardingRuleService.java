package io.cloudtwin.core.balancing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Forwarding rules of listeners. Rules, each under the load balancer's row lock (as backends are added and released):
 * only an HTTP or HTTPS listener has rules (FORWARDING_RULE_PROTOCOL); a rule sends to backends of its own listener
 * (BACKEND_NOT_FOUND), at least one; a backend a rule sends to is not released (BACKEND_IN_RULE, LoadBalancerService).
 */
@Service
public record ForwardingRuleService(ForwardingRuleStore store, LoadBalancerService loadBalancers,
                                    LoadBalancerStore lbStore, WallClock clock, Transactions tx) {
    /** What a rule matches and where it sends: matchType Domain or Path. */
    public record NewRule(String matchType, String matchText, String matchMode, Integer priority,
                          List<String> backendIds) {}

    /** A rule with the ids of the backends it sends to. */
    public record RuleView(ForwardingRule rule, List<String> backendIds) {}

    public ForwardingRule create(Scope scope, String loadBalancerId, String listenerId, String id, NewRule spec) {
        return tx.call(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            if (!l.protocol().equalsIgnoreCase("HTTP") && !l.protocol().equalsIgnoreCase("HTTPS")) {
                throw new DomainException(DomainError.FORWARDING_RULE_PROTOCOL, listenerId);
            }
            Set<String> backends = backendsOf(scope, l, spec.backendIds());
            ForwardingRule r = new ForwardingRule(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    loadBalancerId, listenerId, spec.matchType(), spec.matchText(), nz(spec.matchMode(), ""),
                    spec.priority() == null ? 0 : spec.priority(), clock.now());
            store.insert(r);
            store.setBackends(id, backends);
            return r;
        });
    }

    /** Changes what a rule matches (null keeps) and, when backendIds is not null, where it sends. */
    public void update(Scope scope, String loadBalancerId, String listenerId, String id, NewRule changes) {
        tx.run(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            ForwardingRule r = store.get(scope, id);
            if (!r.listenerId().equals(listenerId)) throw new DomainException(DomainError.FORWARDING_RULE_NOT_FOUND, id);
            if (changes.backendIds() != null) store.setBackends(id, backendsOf(scope, l, changes.backendIds()));
            Map<String, Object> set = new HashMap<>();
            set.put("matchType", changes.matchType());
            set.put("matchText", changes.matchText());
            set.put("matchMode", changes.matchMode());
            set.put("priority", changes.priority());
            store.update(id, set);
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> {
            ForwardingRule r = store.get(scope, id);
            loadBalancers.lockedListener(scope, r.loadBalancerId(), r.listenerId());
            if (store.delete(id) == 0) throw new DomainException(DomainError.FORWARDING_RULE_NOT_FOUND, id);
        });
    }

    /** The rules of each of these listeners, with their backends. */
    public Map<String, List<RuleView>> rulesOf(List<String> listenerIds) {
        return tx.read(() -> {
            Map<String, List<ForwardingRule>> rules = store.rulesOf(listenerIds);
            Map<String, List<String>> backends = store.backendsOf(rules.values().stream().flatMap(List::stream)
                    .map(ForwardingRule::id).toList());
            Map<String, List<RuleView>> out = new LinkedHashMap<>();
            rules.forEach((listener, rs) -> out.put(listener, rs.stream()
                    .map(r -> new RuleView(r, backends.getOrDefault(r.id(), List.of()))).toList()));
            return out;
        });
    }

    /** The backends, each one of the listener's (BACKEND_NOT_FOUND), at least one. */
    private Set<String> backendsOf(Scope scope, Listener l, List<String> backendIds) {
        Set<String> ids = new LinkedHashSet<>(backendIds);
        if (ids.isEmpty()) throw new DomainException(DomainError.BACKEND_NOT_FOUND, "");
        for (String b : ids) {
            lbStore.backends().partOf(scope, b, Backend::listenerId, l.id(), DomainError.BACKEND_NOT_FOUND);
        }
        return ids;
    }

    private static String nz(String value, String kept) {
        return value == null ? kept : value;
    }
}
