package io.cloudtwin.core.nat;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "snatDnatRules" of the state document: UCloud's SnatDnat rules (a host's private address mapped to an EIP address
 * of its gateway), after the gateways, the hosts and the EIPs bound to the gateways (order 69); imported through
 * NatLinkService, so a fixture meets the rules a request meets.
 */
@Section(name = "snatDnatRules", order = 69)
record SnatDnatSection(NatLinkService linked) implements StateSection<SnatDnatSection.Document> {
    public record Document(String id, String cloud, String account, String region, String project,
                           String natGatewayId, String privateIp, String eip) {}

    @Override
    public List<Document> export() {
        return linked.allSnatDnat().stream().map(r -> new Document(r.id(), r.cloud().key(), r.accountId(), r.region(),
                r.projectId(), r.natGatewayId(), r.privateIp(), r.eip())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String gateway = Fixtures.required(d.natGatewayId(), "natGatewayId of a SnatDnat rule");
        String id = Fixtures.required(d.id(), "id of a SnatDnat rule of " + gateway);
        if (linked.snatDnatExists(id)) return false;
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "SnatDnat rule of " + gateway);
        linked.createSnatDnatRules(scope, gateway, List.of(new NatLinkService.Mapping(id,
                Fixtures.required(d.privateIp(), "privateIp of SnatDnat rule " + id),
                Fixtures.required(d.eip(), "eip of SnatDnat rule " + id))));
        return true;
    }
}
