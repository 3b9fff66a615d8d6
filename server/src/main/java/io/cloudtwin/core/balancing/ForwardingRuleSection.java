package io.cloudtwin.core.balancing;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "forwardingRules" of the state document, each with its listener and backends; imported through
 * ForwardingRuleService as requests make them (an HTTP or HTTPS listener, backends of that listener).
 */
@Section(name = "forwardingRules", order = 64)
record ForwardingRuleSection(ForwardingRuleStore store, ForwardingRuleService rules)
        implements StateSection<ForwardingRuleSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String loadBalancer,
                           String listener, String matchType, String match, String matchMode, Integer priority,
                           List<String> backends) implements Scoped {}

    @Override
    public List<Document> export() {
        var all = store.all();
        var backends = store.backendsOf(all.stream().map(ForwardingRule::id).toList());
        return all.stream().map(r -> new Document(r.cloud().key(), r.accountId(), r.region(), r.projectId(), r.id(),
                r.loadBalancerId(), r.listenerId(), r.matchType(), r.matchText(), r.matchMode(), r.priority(),
                backends.getOrDefault(r.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "forwarding rule", store::exists, scope ->
                rules.create(scope, Fixtures.required(d.loadBalancer(), "loadBalancer of forwarding rule " + d.id()),
                        Fixtures.required(d.listener(), "listener of forwarding rule " + d.id()), d.id(),
                        new ForwardingRuleService.NewRule(
                                Fixtures.required(d.matchType(), "matchType of forwarding rule " + d.id()),
                                Fixtures.required(d.match(), "match of forwarding rule " + d.id()), d.matchMode(),
                                d.priority(), Fixtures.list(d.backends()))));
    }
}
