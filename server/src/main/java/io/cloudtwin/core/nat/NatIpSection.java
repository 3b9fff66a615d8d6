package io.cloudtwin.core.nat;

import java.util.List;
import java.util.stream.Stream;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "natIps" of the state document: the NAT IP blocks (address absent) and addresses of VPC NAT gateways other than
 * their default ones (which their gateways make), made again through NatIpService after the gateways and before the
 * entries that translate to them (order 68). A block comes before its addresses.
 */
@Section(name = "natIps", order = 63)
record NatIpSection(NatStore store, NatIpService natIps) implements StateSection<NatIpSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String natGatewayId, String cidr, String address, String name, String description) implements Scoped {}

    @Override
    public List<Document> export() {
        Stream<Document> blocks = store.natIpCidrs().all().stream().filter(c -> !c.isDefault())
                .map(c -> new Document(c.cloud().key(), c.accountId(), c.region(), c.projectId(), c.id(),
                        c.natGatewayId(), c.cidr(), null, c.name(), c.description()));
        Stream<Document> addresses = store.natIps().all().stream().filter(ip -> !ip.isDefault())
                .map(ip -> new Document(ip.cloud().key(), ip.accountId(), ip.region(), ip.projectId(), ip.id(),
                        ip.natGatewayId(), ip.natIpCidr(), ip.address(), ip.name(), ip.description()));
        return Stream.concat(blocks, addresses).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d, "NAT IP");
        if (store.natIpCidrs().exists(d.id()) || store.natIps().exists(d.id())) return false;
        String gateway = Fixtures.required(d.natGatewayId(), "natGatewayId of NAT IP " + d.id());
        String cidr = Fixtures.required(d.cidr(), "cidr of NAT IP " + d.id());
        if (d.address() == null) {
            natIps.createCidr(scope, gateway, d.id(), new NatIpService.NewCidr(cidr, Fixtures.text(d.name()),
                    Fixtures.text(d.description())));
        } else {
            natIps.createIp(scope, gateway, d.id(), new NatIpService.NewIp(cidr, d.address(), Fixtures.text(d.name()),
                    Fixtures.text(d.description())));
        }
        return true;
    }
}
