package io.cloudtwin.core.routing;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "routeEntries" of the state document: the custom entries of system and custom tables, imported through
 * RouteService as CreateRouteEntry makes them (the next hop must exist in the table's VPC; one entry per destination).
 * After every kind a next hop can be (order 85).
 */
@Section(name = "routeEntries", order = 85)
record RouteEntrySection(RouteStore store, RouteService routes) implements StateSection<RouteEntrySection.Document> {
    /** nextHopKind: instance, interface, nat_gateway. */
    public record Document(String cloud, String account, String region, String project, String id, String routeTableId,
                           String destinationCidr, String nextHopKind, String nextHopId, String name,
                           String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.entries().all().stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(),
                e.projectId(), e.id(), e.routeTableId(), e.destinationCidr(), e.nextHopKind(), e.nextHopId(), e.name(),
                e.description())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "route entry", store.entries()::exists, scope ->
                routes.createEntry(scope, d.id(), new RouteService.NewEntry(
                        Fixtures.required(d.routeTableId(), "routeTableId of route entry " + d.id()),
                        Fixtures.required(d.destinationCidr(), "destinationCidr of route entry " + d.id()),
                        Fixtures.required(d.nextHopKind(), "nextHopKind of route entry " + d.id()),
                        Fixtures.required(d.nextHopId(), "nextHopId of route entry " + d.id()), Fixtures.text(d.name()),
                        Fixtures.text(d.description()))));
    }
}
