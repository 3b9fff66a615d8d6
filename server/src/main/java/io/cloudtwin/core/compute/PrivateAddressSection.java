package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "secondaryPrivateIps" of the state document: the secondary addresses of each interface (holder: a network
 * interface, or an instance for its primary interface), given again through PrivateAddressService as
 * AssignPrivateIpAddresses gives them (free addresses of the holder's subnet). After the instances and interfaces.
 */
@Section(name = "secondaryPrivateIps", order = 61)
record PrivateAddressSection(InterfaceStore interfaces, InstanceStore instances, PrivateAddressService service)
        implements StateSection<PrivateAddressSection.Document> {
    public record Document(String cloud, String account, String region, String project, String holder,
                           List<String> addresses) {}

    @Override
    public List<Document> export() {
        Map<String, String> primaries = new HashMap<>();
        Map<String, Document> scopes = new HashMap<>();
        for (NetworkInterface r : interfaces.all()) {
            primaries.put(r.id(), r.privateIp());
            scopes.put(r.id(), new Document(r.cloud(), r.accountId(), r.region(), null, r.id(), List.of()));
        }
        for (Instance i : instances.all()) {
            primaries.put(i.id(), i.privateIp());
            scopes.put(i.id(), new Document(i.cloud().key(), i.accountId(), i.region(), i.projectId(), i.id(),
                    List.of()));
        }
        List<Document> out = new ArrayList<>();
        service.secondaryOf(primaries.keySet(), primaries).forEach((holder, addresses) -> {
            Document d = scopes.get(holder);
            out.add(new Document(d.cloud(), d.account(), d.region(), d.project(), holder, addresses));
        });
        out.sort((a, b) -> a.holder().compareTo(b.holder()));
        return out;
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String holder = Fixtures.required(d.holder(), "holder of secondary private addresses");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "addresses of " + holder);
        List<String> addresses = Fixtures.list(d.addresses());
        Map<String, String> none = Map.of();
        var held = service.secondaryOf(List.of(holder), none).getOrDefault(holder, List.of());
        List<String> missing = addresses.stream().filter(a -> !held.contains(a)).toList();
        if (missing.isEmpty()) return false;
        service.assign(scope, holder, missing, 0);
        return true;
    }
}
