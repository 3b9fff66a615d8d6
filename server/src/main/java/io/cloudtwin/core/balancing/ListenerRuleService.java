package io.cloudtwin.core.balancing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Rules of HTTP and HTTPS listeners (Aliyun SLB's forwarding rules). Rules, each under the load balancer's row lock
 * (as every change of its listeners and server groups takes it): only an HTTP or HTTPS listener has rules
 * (FORWARDING_RULE_PROTOCOL); a rule sends to a server group of its own load balancer (SERVER_GROUP_NOT_FOUND); its
 * domain and URL together are the listener's once (LISTENER_RULE_EXISTS); a server group a rule sends to is not
 * deleted (ServerGroupService).
 */
@Service
public record ListenerRuleService(ListenerRuleStore store, LoadBalancerService loadBalancers,
                                  ServerGroupStore serverGroups, WallClock clock, Transactions tx)
        implements KindService<ListenerRule> {
    /** A rule to add: domain and url ("" or null for any; not both), the server group it sends to. */
    public record NewRule(String id, String name, String domain, String url, String serverGroupId) {}

    /** Adds rules to a listener of a load balancer of the scope, all or none, in the order given. */
    public List<ListenerRule> create(Scope scope, String loadBalancerId, String listenerId, List<NewRule> rules) {
        return tx.call(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            if (!l.protocol().equalsIgnoreCase("HTTP") && !l.protocol().equalsIgnoreCase("HTTPS")) {
                throw new DomainException(DomainError.FORWARDING_RULE_PROTOCOL, listenerId);
            }
            Set<String> matches = new HashSet<>();
            for (ListenerRule r : rulesOf(listenerId)) matches.add(match(r.domain(), r.url()));
            List<ListenerRule> out = new ArrayList<>();
            for (NewRule n : rules) {
                groupOf(scope, loadBalancerId, n.serverGroupId());
                String domain = n.domain() == null ? "" : n.domain();
                String url = n.url() == null ? "" : n.url();
                if (!matches.add(match(domain, url))) {
                    throw new DomainException(DomainError.LISTENER_RULE_EXISTS, domain + url);
                }
                ListenerRule r = new ListenerRule(n.id() == null ? Ids.random("rule-", 20) : n.id(), scope.cloud(),
                        scope.accountId(), l.region(), scope.projectId(), loadBalancerId, listenerId, n.name(), domain,
                        url, n.serverGroupId(), "", clock.now());
                store.insert(r);
                out.add(r);
            }
            return out;
        });
    }

    /** The rules of a listener of a load balancer of the scope, in creation order. */
    public List<ListenerRule> ofListener(Scope scope, String loadBalancerId, String listenerId) {
        return tx.read(() -> {
            loadBalancers.listener(scope, loadBalancerId, listenerId);
            return rulesOf(listenerId);
        });
    }

    /**
     * Renames a rule, sends it to another server group of its load balancer, or changes its settings (each null: as
     * it is; settings merged into its own).
     */
    public void update(Scope scope, String id, String name, String serverGroupId, Map<String, String> settings) {
        tx.run(() -> {
            ListenerRule seen = get(scope, id);
            loadBalancers.lockedListener(scope, seen.loadBalancerId(), seen.listenerId());
            ListenerRule r = get(scope, id);
            if (serverGroupId != null) groupOf(scope, r.loadBalancerId(), serverGroupId);
            store.update(id, RowChanges.of("name", name, "serverGroupId", serverGroupId,
                    "settings", settings.isEmpty() ? null : ListenerSettings.merge(r.settings(), settings)));
        });
    }

    /**
     * Deletes rules, all or none: each one of the scope (LISTENER_RULE_NOT_FOUND). Their load balancers are locked in
     * id order, so two deletions of rules of the same load balancers do not wait for each other crosswise.
     */
    public void delete(Scope scope, List<String> ids) {
        tx.run(() -> {
            Map<String, ListenerRule> seen = new TreeMap<>();
            for (String id : ids) {
                ListenerRule r = get(scope, id);
                seen.put(r.loadBalancerId() + "\n" + r.id(), r);
            }
            for (ListenerRule r : seen.values()) {
                loadBalancers.lockedListener(scope, r.loadBalancerId(), r.listenerId());
                if (store.delete(r.id()) == 0) throw new DomainException(DomainError.LISTENER_RULE_NOT_FOUND, r.id());
            }
        });
    }

    /** Every rule, for the state document. */
    public List<ListenerRule> all() {
        return tx.read(() -> store.all());
    }

    private List<ListenerRule> rulesOf(String listenerId) {
        return store.rulesOf(List.of(listenerId)).getOrDefault(listenerId, List.of());
    }

    /** The VServer group, one of the load balancer's (SERVER_GROUP_NOT_FOUND otherwise). */
    private ServerGroup groupOf(Scope scope, String loadBalancerId, String serverGroupId) {
        ServerGroup g = serverGroups.get(scope, serverGroupId);
        if (!g.loadBalancerId().equals(loadBalancerId) || !ServerGroup.VSERVER.equals(g.kind())) {
            throw new DomainException(DomainError.SERVER_GROUP_NOT_FOUND, serverGroupId);
        }
        return g;
    }

    private static String match(String domain, String url) {
        return domain + "\n" + url;
    }
}
