package io.cloudtwin.core.nat;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.StateSection;

/**
 * The "natGateways" of the state document, imported through NatService as CreateNatGateway makes them. Before the
 * EIPs (order 62), which may be bound to them; their entries, which need those EIPs, are {@link NatEntrySection}'s.
 */
@Component
class NatSection extends StateSection<NatSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String subnetId, String name, String description, String spec, String natType,
                           String networkType, String eipBindMode, String internetChargeType, String chargeType,
                           Boolean icmpReplyEnabled) {}

    private final NatStore store;
    private final NatService nat;

    NatSection(NatStore store, NatService nat) {
        super("natGateways", Document.class, 62);
        this.store = store;
        this.nat = nat;
    }

    @Override
    public List<Document> export() {
        return store.all().stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(),
                g.id(), g.vpcId(), g.subnetId(), g.name(), g.description(), g.spec(), g.natType(), g.networkType(),
                g.eipBindMode(), g.internetChargeType(), g.chargeType(), g.icmpReplyEnabled())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a NAT gateway");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "NAT gateway " + id);
        if (store.exists(id)) return false;
        nat.create(scope, id, new NatService.NewNat(Fixtures.required(d.vpcId(), "vpcId of NAT gateway " + id),
                d.subnetId(), d.name(), d.description(), d.spec(), d.natType() == null ? "Enhanced" : d.natType(),
                d.networkType() == null ? "internet" : d.networkType(),
                d.eipBindMode() == null ? "MULTI_BINDED" : d.eipBindMode(),
                d.internetChargeType() == null ? "PayByLcu" : d.internetChargeType(),
                d.chargeType() == null ? "PostPaid" : d.chargeType(), d.icmpReplyEnabled() == null || d.icmpReplyEnabled()),
                Map.of());
        return true;
    }
}
