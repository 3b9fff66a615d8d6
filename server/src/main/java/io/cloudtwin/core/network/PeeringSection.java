package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "vpcPeerings" of the state document, made through PeeringService as CreateVPCIntercom makes them: both VPCs of
 * the account, the pair once, blocks not overlapping.
 */
@Section(name = "vpcPeerings", order = 25)
record PeeringSection(PeeringStore store, PeeringService peerings) implements StateSection<PeeringSection.Document> {
    /** region/project: the requester's; peerRegion/peerProject: the peer's (default: the requester's). */
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String peerRegion, String peerProject, String peerVpcId) {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(p -> new Document(p.cloud().key(), p.accountId(), p.region(), p.projectId(),
                p.id(), p.vpcId(), p.peerRegion(), p.peerProjectId(), p.peerVpcId())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "VPC peering " + d.id());
        String id = Fixtures.required(d.id(), "id of a VPC peering");
        if (store.exists(id)) return false;
        Scope peer = new Scope(scope.cloud(), scope.accountId(), d.peerRegion() == null ? scope.region() : d.peerRegion(),
                d.peerProject() == null ? scope.projectId() : d.peerProject());
        peerings.create(scope, id, Fixtures.required(d.vpcId(), "vpcId of VPC peering " + id), peer,
                Fixtures.required(d.peerVpcId(), "peerVpcId of VPC peering " + id));
        return true;
    }
}
