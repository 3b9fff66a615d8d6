package io.cloudtwin.core.vpn;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpnRouteEntries" of the state document, imported through VpnRouteService after the connections. */
@Section(name = "vpnRouteEntries", order = 80)
record VpnRouteEntrySection(VpnRouteEntryStore store, VpnRouteService routes)
        implements StateSection<VpnRouteEntrySection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, boolean policy, String routeSource, String routeDest, String nextHop,
                           int weight, boolean published, String description, int priority) {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(), e.projectId(),
                e.id(), e.vpnGatewayId(), e.policy(), e.routeSource(), e.routeDest(), e.nextHop(), e.weight(),
                e.published(), e.description(), e.priority())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a VPN route entry");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "VPN route entry " + id);
        if (store.exists(id)) return false;
        routes.create(scope, id, new VpnRouteService.Route(Fixtures.required(d.vpnGatewayId(), "vpnGatewayId of " + id),
                d.policy(), Fixtures.text(d.routeSource()), Fixtures.required(d.routeDest(), "routeDest of " + id),
                Fixtures.required(d.nextHop(), "nextHop of " + id)), d.weight(), d.published(), d.description(),
                d.priority());
        return true;
    }
}
