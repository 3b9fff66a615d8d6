package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "ipv6Addresses" of the state document: the IPv6 addresses AllocateIpv6Address gave out of a vSwitch on their
 * own (those of instances and interfaces come with them), made again through Ipv6AddressService after the subnets;
 * an address's id is its address's.
 */
@Section(name = "ipv6Addresses", order = 23)
record Ipv6AddressSection(NetworkStore store, Ipv6AddressService addresses)
        implements StateSection<Ipv6AddressSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String subnetId,
                           String address, String name, String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return addresses.allStandalone().stream().map(p -> new Document(p.scope().cloud().key(),
                p.scope().accountId(), p.scope().region(), p.scope().projectId(), p.address().id(),
                p.address().subnetId(), p.address().address(), p.address().name(), p.address().description()))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPv6 address", store::ipv6AddressExists, scope -> {
            String address = Fixtures.required(d.address(), "address of IPv6 address " + d.id());
            if (!Ipv6Blocks.addressId(address).equals(d.id())) {
                throw new InvalidFixture("IPv6 address " + d.id() + " is not the id of " + address);
            }
            addresses.allocate(scope, Fixtures.required(d.subnetId(), "subnetId of IPv6 address " + d.id()), address,
                    Fixtures.text(d.name()), Fixtures.text(d.description()));
        });
    }
}
