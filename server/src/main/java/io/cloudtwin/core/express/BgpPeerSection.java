package io.cloudtwin.core.express;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "bgpPeers" of the state document, after the groups they are of. */
@Section(name = "bgpPeers", order = 94)
record BgpPeerSection(BgpPeerStore store, BgpService bgp)
        implements StateSection.Rows<BgpPeerSection.Document, BgpPeer> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String bgpGroupId, String peerIpAddress, Boolean enableBfd, Integer bfdMultiHop,
                           String ipVersion) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "BGP peer", store::exists, scope -> bgp.createPeer(scope, d.id(),
                Fixtures.required(d.bgpGroupId(), "bgpGroupId of BGP peer " + d.id()), new BgpService.PeerSpec(
                        Fixtures.text(d.peerIpAddress()), Boolean.TRUE.equals(d.enableBfd()), d.bfdMultiHop(),
                        Fixtures.text(d.ipVersion(), "IPv4"))));
    }
}
