package io.cloudtwin.core.vpn;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "customerGateways" of the state document, imported through CustomerGatewayService (one an address). */
@Section(name = "customerGateways", order = 75)
record CustomerGatewaySection(CustomerGatewayStore store, CustomerGatewayService gateways)
        implements StateSection.Rows<CustomerGatewaySection.Document, CustomerGateway> {
    public record Document(String cloud, String account, String region, String project, String id, String ipAddress,
                           String name, String description, Long asn, String authKey) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "customer gateway", store::exists, scope ->
                gateways.create(scope, d.id(), Fixtures.required(d.ipAddress(), "ipAddress of customer gateway " + d.id()), d.name(),
                        d.description(), d.asn(), d.authKey(), Map.of()));
    }
}
