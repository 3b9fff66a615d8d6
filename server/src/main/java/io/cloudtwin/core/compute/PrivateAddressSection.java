package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "secondaryPrivateIps" of the state document: the secondary addresses of each interface (holder: a network
 * interface, or an instance for its primary interface), and its IPv6 ones (ipv6Addresses), given again through
 * PrivateAddressService as AssignPrivateIpAddresses and AssignIpv6Addresses give them (free addresses of the holder's
 * subnet). After the instances and interfaces.
 */
@Section(name = "secondaryPrivateIps", order = 61)
record PrivateAddressSection(InterfaceStore interfaces, InstanceStore instances, PrivateAddressService service)
        implements StateSection<PrivateAddressSection.Document> {
    public record Document(String cloud, String account, String region, String project, String holder,
                           List<String> addresses, List<String> ipv6Addresses) {}

    @Override
    public List<Document> export() {
        Map<String, String> primaries = new HashMap<>();
        Map<String, Document> scopes = new HashMap<>();
        for (NetworkInterface r : interfaces.all()) {
            primaries.put(r.id(), r.privateIp());
            scopes.put(r.id(), new Document(r.cloud(), r.accountId(), r.region(), null, r.id(), null, null));
        }
        for (Instance i : instances.all()) {
            primaries.put(i.id(), i.privateIp());
            scopes.put(i.id(), new Document(i.cloud().key(), i.accountId(), i.region(), i.projectId(), i.id(),
                    null, null));
        }
        List<Document> out = new ArrayList<>();
        var secondary = service.secondaryOf(primaries.keySet(), primaries);
        var ipv6 = service.ipv6Of(primaries.keySet());
        Set<String> holders = new HashSet<>(secondary.keySet());
        holders.addAll(ipv6.keySet());
        for (String holder : holders) {
            Document d = scopes.get(holder);
            out.add(new Document(d.cloud(), d.account(), d.region(), d.project(), holder,
                    secondary.getOrDefault(holder, List.of()), ipv6.get(holder)));
        }
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
        var heldIpv6 = service.ipv6Of(List.of(holder)).getOrDefault(holder, List.of());
        List<String> missingIpv6 = Fixtures.list(d.ipv6Addresses()).stream().filter(a -> !heldIpv6.contains(a))
                .toList();
        if (missing.isEmpty() && missingIpv6.isEmpty()) return false;
        if (!missing.isEmpty()) service.assign(scope, holder, missing, 0);
        if (!missingIpv6.isEmpty()) service.assignIpv6(scope, holder, missingIpv6, 0);
        return true;
    }
}
