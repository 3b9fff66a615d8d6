package io.cloudtwin.core.network;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "ipv6Gateways" of the state document, imported through Ipv6GatewayService (its VPC must have IPv6). */
@Section(name = "ipv6Gateways", order = 21)
record Ipv6GatewaySection(Ipv6GatewayStore store, Ipv6GatewayService gateways)
        implements StateSection<Ipv6GatewaySection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String name, String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(),
                g.id(), g.vpcId(), g.name(), g.description())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPv6 gateway", store::exists, scope ->
                gateways.create(scope, d.id(), Fixtures.required(d.vpcId(), "vpcId of IPv6 gateway " + d.id()),
                        d.name(), d.description(), Map.of()));
    }
}
