package io.cloudtwin.core.express;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "bgpNetworks" of the state document, after the routers that advertise them. */
@Section(name = "bgpNetworks", order = 94)
record BgpNetworkSection(BgpNetworkStore store, BgpService bgp)
        implements StateSection.Rows<BgpNetworkSection.Document, BgpNetwork> {
    public record Document(String cloud, String account, String region, String project, String id, String routerId,
                           String dstCidrBlock, String vpcId) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "BGP network", store::exists, scope -> bgp.addNetwork(scope,
                Fixtures.required(d.routerId(), "routerId of BGP network " + d.id()),
                Fixtures.required(d.dstCidrBlock(), "dstCidrBlock of BGP network " + d.id()),
                Fixtures.text(d.vpcId())));
    }
}
