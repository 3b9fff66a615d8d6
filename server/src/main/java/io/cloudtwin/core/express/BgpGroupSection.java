package io.cloudtwin.core.express;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "bgpGroups" of the state document, after the routers they are of. */
@Section(name = "bgpGroups", order = 93)
record BgpGroupSection(BgpGroupStore store, BgpService bgp)
        implements StateSection.Rows<BgpGroupSection.Document, BgpGroup> {
    public record Document(String cloud, String account, String region, String project, String id, String routerId,
                           String name, String description, Long peerAsn, Long localAsn, String authKey,
                           Boolean isFake, String ipVersion, Integer routeLimit) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "BGP group", store::exists, scope -> bgp.createGroup(scope, d.id(),
                Fixtures.required(d.routerId(), "routerId of BGP group " + d.id()), new BgpService.GroupSpec(
                        Fixtures.text(d.name()), Fixtures.text(d.description()),
                        Fixtures.required(d.peerAsn(), "peerAsn of BGP group " + d.id()),
                        d.localAsn() == null ? 45104 : d.localAsn(), Fixtures.text(d.authKey()),
                        Boolean.TRUE.equals(d.isFake()), Fixtures.text(d.ipVersion(), "IPv4"),
                        d.routeLimit() == null ? 110 : d.routeLimit())));
    }
}
