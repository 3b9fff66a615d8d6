package io.cloudtwin.core.routing;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "ipv4Gateways" of the state document, imported through Ipv4GatewayService (its VPC must exist and have no
 * gateway) after the route tables (a gateway's routeTableId) and before the route entries that may name them.
 */
@Section(name = "ipv4Gateways", order = 29)
record Ipv4GatewaySection(Ipv4GatewayStore store, Ipv4GatewayService gateways)
        implements StateSection.Rows<Ipv4GatewaySection.Document, Ipv4Gateway> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String name, String description, boolean enabled, String routeTableId)
            implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPv4 gateway", store::exists, scope -> {
            gateways.create(scope, d.id(), Fixtures.required(d.vpcId(), "vpcId of IPv4 gateway " + d.id()), d.name(),
                    d.description(), Map.of());
            if (d.enabled()) gateways.enable(scope, d.id());
            if (d.routeTableId() != null) gateways.associateTable(scope, d.id(), d.routeTableId());
        });
    }
}
