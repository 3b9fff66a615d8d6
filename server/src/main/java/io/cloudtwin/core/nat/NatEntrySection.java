package io.cloudtwin.core.nat;

import java.util.ArrayList;
import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "natEntries" of the state document: SNAT entries (kind snat: a source subnet or CIDR, the addresses) and forward
 * entries (kind forward), after the EIPs they translate to are bound (order 68); imported through NatService.
 */
@Section(name = "natEntries", order = 68)
record NatEntrySection(NatService nat) implements StateSection<NatEntrySection.Document> {
    public record Document(String kind, String id, String cloud, String account, String region, String project,
                           String natGatewayId, String sourceSubnetId, String sourceCidr, List<String> snatIps,
                           String externalIp, String externalPort, String internalIp, String internalPort,
                           String ipProtocol, String name) {}

    static final String SNAT = "snat";
    static final String FORWARD = "forward";

    @Override
    public List<Document> export() {
        List<Document> out = new ArrayList<>();
        for (SnatEntry e : nat.allSnat()) {
            out.add(new Document(SNAT, e.id(), e.cloud().key(), e.accountId(), e.region(), e.projectId(), e.natGatewayId(),
                    e.sourceSubnetId().isEmpty() ? null : e.sourceSubnetId(), e.sourceCidr().isEmpty() ? null : e.sourceCidr(),
                    List.of(e.snatIps().split(",")), null, null, null, null, null, e.name()));
        }
        for (ForwardEntry e : nat.allForward()) {
            out.add(new Document(FORWARD, e.id(), e.cloud().key(), e.accountId(), e.region(), e.projectId(), e.natGatewayId(),
                    null, null, null, e.externalIp(), e.externalPort(), e.internalIp(), e.internalPort(), e.ipProtocol(),
                    e.name()));
        }
        return out;
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String gateway = Fixtures.required(d.natGatewayId(), "natGatewayId of a NAT entry");
        String id = Fixtures.required(d.id(), "id of a NAT entry of " + gateway);
        if (nat.entryExists(id)) return false;
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "NAT entry of " + gateway);
        if (SNAT.equals(d.kind())) {
            nat.createSnat(scope, gateway, id, new NatService.NewSnat(d.sourceSubnetId(), d.sourceCidr(),
                    Fixtures.list(d.snatIps()), d.name()));
        } else if (FORWARD.equals(d.kind())) {
            nat.createForward(scope, gateway, id, new NatService.NewForward(d.externalIp(), d.externalPort(), d.internalIp(),
                    d.internalPort(), d.ipProtocol(), d.name()));
        } else {
            throw new InvalidFixture("a NAT entry of " + gateway + " with kind " + d.kind() + " (snat or forward)");
        }
        return true;
    }
}
