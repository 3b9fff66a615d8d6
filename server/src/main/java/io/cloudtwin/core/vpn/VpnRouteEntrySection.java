package io.cloudtwin.core.vpn;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpnRouteEntries" of the state document, imported through VpnRouteService after the connections. */
@Section(name = "vpnRouteEntries", order = 80)
record VpnRouteEntrySection(VpnRouteEntryStore store, VpnRouteService routes)
        implements StateSection.Rows<VpnRouteEntrySection.Document, VpnRouteEntry> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, boolean policy, String routeSource, String routeDest, String nextHop,
                           int weight, boolean published, String description, int priority) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "VPN route entry", store::exists, scope ->
                routes.create(scope, d.id(), new VpnRouteService.Route(
                        Fixtures.required(d.vpnGatewayId(), "vpnGatewayId of " + d.id()), d.policy(),
                        Fixtures.text(d.routeSource()), Fixtures.required(d.routeDest(), "routeDest of " + d.id()),
                        Fixtures.required(d.nextHop(), "nextHop of " + d.id())), d.weight(), d.published(),
                        d.description(), d.priority()));
    }
}
