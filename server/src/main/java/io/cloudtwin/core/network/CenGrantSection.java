package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "cenGrants" of the state document: each VPC's grants to cloud enterprise networks, made through the service. */
@Section(name = "cenGrants", order = 84)
record CenGrantSection(CenGrantStore store, CenGrantService grants)
        implements StateSection<CenGrantSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String cenId, Long cenOwnerId) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(),
                g.id(), g.instanceId(), g.cenId(), g.cenOwnerId())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "CEN grant", store::exists, scope -> {
            if (d.cenOwnerId() == null) throw new InvalidFixture("CEN grant " + d.id() + " has no cenOwnerId");
            grants.grant(scope, d.id(), Fixtures.required(d.vpcId(), "vpcId of CEN grant " + d.id()),
                    Fixtures.required(d.cenId(), "cenId of CEN grant " + d.id()), d.cenOwnerId());
        });
    }
}
