package io.cloudtwin.core.network;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "ipv6Gateways" of the state document, imported through Ipv6GatewayService (its VPC must have IPv6). */
@Section(name = "ipv6Gateways", order = 21)
record Ipv6GatewaySection(Ipv6GatewayStore store, Ipv6GatewayService gateways)
        implements StateSection.Rows<Ipv6GatewaySection.Document, Ipv6Gateway> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String name, String description) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPv6 gateway", store::exists, scope ->
                gateways.create(scope, d.id(), Fixtures.required(d.vpcId(), "vpcId of IPv6 gateway " + d.id()),
                        d.name(), d.description(), Map.of()));
    }
}
