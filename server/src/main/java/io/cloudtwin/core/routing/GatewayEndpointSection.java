package io.cloudtwin.core.routing;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "gatewayEndpoints" of the state document, made again through GatewayEndpointService (its VPC must exist, with no
 * other endpoint of the service) after the route tables it names, which are associated with it again.
 */
@Section(name = "gatewayEndpoints", order = 31)
record GatewayEndpointSection(GatewayEndpointStore store, GatewayEndpointService endpoints)
        implements StateSection<GatewayEndpointSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String serviceName, String name, String description, String policyDocument,
                           List<String> routeTableIds) implements Scoped {}

    @Override
    public List<Document> export() {
        List<GatewayEndpoint> all = store.all();
        var tables = store.routeTablesOf(all.stream().map(GatewayEndpoint::id).toList());
        return all.stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(), e.projectId(), e.id(),
                e.vpcId(), e.serviceName(), e.name(), e.description(), e.policyDocument(),
                tables.getOrDefault(e.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "gateway endpoint", store::exists, scope -> {
            endpoints.create(scope, d.id(), new GatewayEndpointService.NewEndpoint(
                    Fixtures.required(d.vpcId(), "vpcId of gateway endpoint " + d.id()),
                    Fixtures.required(d.serviceName(), "serviceName of gateway endpoint " + d.id()), Fixtures.text(d.name()),
                    Fixtures.text(d.description()), Fixtures.text(d.policyDocument())), Map.of());
            if (d.routeTableIds() != null && !d.routeTableIds().isEmpty()) {
                endpoints.associate(scope, d.id(), d.routeTableIds());
            }
        });
    }
}
