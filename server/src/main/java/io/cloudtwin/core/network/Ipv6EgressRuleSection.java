package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "ipv6EgressRules" of the state document, made again through Ipv6InternetService after the bandwidths. */
@Section(name = "ipv6EgressRules", order = 64)
record Ipv6EgressRuleSection(Ipv6EgressRuleStore store, Ipv6InternetService internet)
        implements StateSection<Ipv6EgressRuleSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String ipv6GatewayId, String ipv6AddressId, String name, String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(r -> new Document(r.cloud().key(), r.accountId(), r.region(), r.projectId(),
                r.id(), r.ipv6GatewayId(), r.ipv6AddressId(), r.name(), r.description())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "egress-only rule", store::exists, scope ->
                internet.createEgressRule(scope, d.id(),
                        Fixtures.required(d.ipv6GatewayId(), "ipv6GatewayId of rule " + d.id()),
                        Fixtures.required(d.ipv6AddressId(), "ipv6AddressId of rule " + d.id()), d.name(),
                        d.description()));
    }
}
