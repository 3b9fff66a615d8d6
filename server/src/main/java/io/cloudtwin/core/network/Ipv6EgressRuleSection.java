package io.cloudtwin.core.network;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "ipv6EgressRules" of the state document, made again through Ipv6InternetService after the bandwidths. */
@Section(name = "ipv6EgressRules", order = 64)
record Ipv6EgressRuleSection(Ipv6EgressRuleStore store, Ipv6InternetService internet)
        implements StateSection.Rows<Ipv6EgressRuleSection.Document, Ipv6EgressRule> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String ipv6GatewayId, String ipv6AddressId, String name, String description) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "egress-only rule", store::exists, scope ->
                internet.createEgressRule(scope, d.id(),
                        Fixtures.required(d.ipv6GatewayId(), "ipv6GatewayId of rule " + d.id()),
                        Fixtures.required(d.ipv6AddressId(), "ipv6AddressId of rule " + d.id()), d.name(),
                        d.description()));
    }
}
