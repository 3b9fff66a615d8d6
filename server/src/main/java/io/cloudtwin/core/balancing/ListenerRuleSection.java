package io.cloudtwin.core.balancing;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "listenerRules" of the state document (Aliyun SLB's forwarding rules), imported through ListenerRuleService as
 * CreateRules and SetRule make them, after the load balancers whose listeners and server groups they name.
 */
@Section(name = "listenerRules", order = 66)
record ListenerRuleSection(ListenerRuleStore store, ListenerRuleService rules)
        implements StateSection<ListenerRuleSection.Document> {
    /** settings: the rule's own, by the cloud's names. */
    public record Document(String cloud, String account, String region, String project, String id,
                           String loadBalancer, String listener, String name, String domain, String url,
                           String serverGroup, Map<String, String> settings) implements Scoped {}

    @Override
    public List<Document> export() {
        return rules.all().stream().map(r -> new Document(r.cloud().key(), r.accountId(), r.region(), r.projectId(),
                r.id(), r.loadBalancerId(), r.listenerId(), r.name(), r.domain(), r.url(), r.serverGroupId(),
                r.settings().isEmpty() ? null : ListenerSettings.parse(r.settings()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "listener rule", store::exists, scope -> {
            rules.create(scope, Fixtures.required(d.loadBalancer(), "loadBalancer of listener rule " + d.id()),
                    Fixtures.required(d.listener(), "listener of listener rule " + d.id()),
                    List.of(new ListenerRuleService.NewRule(d.id(), Fixtures.text(d.name()), Fixtures.text(d.domain()),
                            Fixtures.text(d.url()), Fixtures.required(d.serverGroup(),
                            "serverGroup of listener rule " + d.id()))));
            if (d.settings() != null && !d.settings().isEmpty()) rules.update(scope, d.id(), null, null, d.settings());
        });
    }
}
