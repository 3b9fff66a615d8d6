package io.cloudtwin.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "networkAcls" of the state document, each with its entries (in order, by direction) and the subnets bound to
 * it; imported through NetworkAclService as requests make and bind them, after the subnets.
 */
@Section(name = "networkAcls", order = 26)
record NetworkAclSection(NetworkAclStore store, NetworkAclService acls)
        implements StateSection<NetworkAclSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String name, String description, List<EntryDocument> entries, List<String> subnets) implements Scoped {}

    /**
     * position: its priority (absent: after the entries before it); targets: the resources it applies to (absent:
     * all of its subnets').
     */
    public record EntryDocument(String id, String direction, String type, String name, String description,
                                String policy, String protocol, String port, String cidr, String ipVersion,
                                Integer position, List<String> targets) {}

    @Override
    public List<Document> export() {
        List<NetworkAcl> all = store.all();
        List<String> ids = all.stream().map(NetworkAcl::id).toList();
        var entries = store.entriesOf(ids);
        var targets = store.targetsOf(entries.values().stream().flatMap(List::stream).map(NetworkAcl.Entry::id)
                .toList());
        var bindings = store.bindingsOf(ids);
        return all.stream().map(a -> new Document(a.cloud().key(), a.accountId(), a.region(), a.projectId(), a.id(),
                a.vpcId(), a.name(), a.description(), entries.getOrDefault(a.id(), List.of()).stream()
                        .map(e -> new EntryDocument(e.id(), e.direction(), e.entryType(), e.name(), e.description(),
                                e.policy(), e.protocol(), e.port(), e.cidr(), e.ipVersion(), e.position(),
                                targets.get(e.id()))).toList(),
                bindings.getOrDefault(a.id(), List.of()).stream().map(NetworkAcl.Binding::subnetId).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "network ACL", store::exists, scope -> {
            Map<String, List<NetworkAclService.NewEntry>> custom = new LinkedHashMap<>();
            Map<String, List<NetworkAclService.NewEntry>> system = new LinkedHashMap<>();
            for (EntryDocument e : Fixtures.list(d.entries())) {
                String direction = Fixtures.required(e.direction(), "direction of an entry of network ACL " + d.id());
                if (!direction.equals(NetworkAcl.INGRESS) && !direction.equals(NetworkAcl.EGRESS)) {
                    throw new InvalidFixture("direction of an entry of network ACL " + d.id() + ": ingress or egress");
                }
                var byType = NetworkAclService.SYSTEM.equals(e.type()) ? system : custom;
                byType.computeIfAbsent(direction, k -> new ArrayList<>()).add(new NetworkAclService.NewEntry(e.id(),
                        Fixtures.text(e.name()), Fixtures.text(e.description()),
                        Fixtures.required(e.policy(), "policy of an entry of network ACL " + d.id()),
                        Fixtures.required(e.protocol(), "protocol of an entry of network ACL " + d.id()),
                        Fixtures.required(e.port(), "port of an entry of network ACL " + d.id()),
                        Fixtures.required(e.cidr(), "cidr of an entry of network ACL " + d.id()),
                        e.ipVersion() == null ? "IPv4" : e.ipVersion(), e.position(), Fixtures.list(e.targets())));
            }
            acls.create(scope, d.id(), Fixtures.required(d.vpcId(), "vpcId of network ACL " + d.id()), Fixtures.text(d.name()),
                    Fixtures.text(d.description()), new NetworkAclService.Defaults(custom, system),
                    () -> Ids.Shape.NETWORK_ACL_ENTRY.next(scope.cloud()), Map.of());
            acls.bind(scope, d.id(), Fixtures.list(d.subnets()));
        });
    }
}
