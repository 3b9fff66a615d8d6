package io.cloudtwin.core.vpn;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpnRouteEntries" of the state document, imported through VpnRouteService after the connections. */
@Section(name = "vpnRouteEntries", order = 80)
record VpnRouteEntrySection(VpnRouteEntryStore store, VpnRouteService routes)
        implements StateSection<VpnRouteEntrySection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, boolean policy, String routeSource, String routeDest, String nextHop,
                           int weight, boolean published, String description, int priority) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(), e.projectId(),
                e.id(), e.vpnGatewayId(), e.policy(), e.routeSource(), e.routeDest(), e.nextHop(), e.weight(),
                e.published(), e.description(), e.priority())).toList();
    }

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
