package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "ipv6AddressNames" of the state document: the names and descriptions ModifyIpv6AddressAttribute gave IPv6
 * addresses that instances and interfaces hold (those addresses come back with their holders, in secondaryPrivateIps
 * and the instances; standalone ones carry theirs in ipv6Addresses). Given again through Ipv6AddressService after the
 * addresses are.
 */
@Section(name = "ipv6AddressNames", order = 82)
record Ipv6AddressNameSection(Ipv6AddressService addresses)
        implements StateSection<Ipv6AddressNameSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return addresses.allNamedHeld().stream().map(p -> new Document(p.scope().cloud().key(), p.scope().accountId(),
                p.scope().region(), p.scope().projectId(), p.address().id(), p.address().name(),
                p.address().description())).toList();
    }

    /** False when the address has that name and description already (a document imported twice). */
    @Override
    public boolean load(Document d, Fixtures fixtures) {
        var scope = fixtures.scope(d, "IPv6 address name");
        Ipv6Address a = addresses.get(scope, d.id());
        String name = Fixtures.text(d.name());
        String description = Fixtures.text(d.description());
        if (a.name().equals(name) && a.description().equals(description)) return false;
        addresses.describe(scope, d.id(), name, description);
        return true;
    }
}
