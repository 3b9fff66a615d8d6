package io.cloudtwin.core.balancing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "accessLists" of the state document, each with its entries and the listeners that bind it; imported through
 * AccessListService as requests make them (entries of the list's version, once each), after the load balancers whose
 * listeners bind them.
 */
@Section(name = "accessLists", order = 64)
record AccessListSection(AccessListStore store, AccessListService acls, LoadBalancerStore loadBalancers)
        implements StateSection<AccessListSection.Document> {
    public record Entry(String entry, String comment) {}

    /** A listener that binds the list, with its load balancer. */
    public record Bound(String loadBalancer, String listener) {}

    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String ipVersion, List<Entry> entries, List<Bound> boundBy) implements Scoped {}

    @Override
    public List<Document> export() {
        Map<String, String> lbOf = loadBalancers.listeners().all().stream()
                .collect(Collectors.toMap(Listener::id, Listener::loadBalancerId));
        return acls.all().stream().map(v -> new Document(v.acl().cloud().key(), v.acl().accountId(), v.acl().region(),
                v.acl().projectId(), v.acl().id(), v.acl().name(), v.acl().ipVersion(),
                v.entries().stream().map(e -> new Entry(e.entry(), e.comment().isEmpty() ? null : e.comment())).toList(),
                v.listeners().stream().map(l -> new Bound(lbOf.get(l.id()), l.id())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "access list", store::exists, scope -> {
            acls.create(scope, d.id(), Fixtures.text(d.name()), d.ipVersion() == null ? AccessList.IPV4 : d.ipVersion(),
                    Map.of());
            acls.add(scope, d.id(), Fixtures.list(d.entries()).stream().map(e -> new AccessListService.NewEntry(
                    Fixtures.required(e.entry(), "entry of access list " + d.id()), Fixtures.text(e.comment())))
                    .toList());
            for (Bound b : Fixtures.list(d.boundBy())) {
                acls.changingListener(scope, Fixtures.required(b.loadBalancer(), "loadBalancer binding access list " + d.id()),
                        Fixtures.required(b.listener(), "listener binding access list " + d.id()), d.id(), () -> { });
            }
        });
    }
}
