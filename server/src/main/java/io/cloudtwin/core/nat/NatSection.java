package io.cloudtwin.core.nat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "natGateways" of the state document, imported through NatService (NatLinkService for a gateway in several
 * subnets, UCloud's) as the requests make them. After the firewalls they may have applied, before the EIPs (order 62),
 * which may be bound to them; their entries, which need those EIPs, are {@link NatEntrySection}'s. group, firewallId,
 * whiteListOpen, keepsEip, subnetIds and whiteList are what {@link NatLinks} carries (absent: none); snatpool: UCloud's
 * IsSnatpoolEnabled (absent: off); natIp: a VPC NAT gateway's default NAT IP address (absent: the subnet's lowest free
 * one), its other NAT IP blocks and addresses being {@link NatIpSection}'s.
 */
@Section(name = "natGateways", order = 62)
record NatSection(NatStore store, NatService nat, NatLinkService linked,
                  NatLinkStore links) implements StateSection<NatSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String subnetId, String name, String description, String spec, String natType,
                           String networkType, String eipBindMode, String internetChargeType, String chargeType,
                           Boolean icmpReplyEnabled, String group, String firewallId, Boolean whiteListOpen,
                           Boolean keepsEip, List<String> subnetIds, List<String> whiteList, Boolean snatpool,
                           String natIp) implements Scoped {}

    @Override
    public List<Document> export() {
        List<NatGateway> all = store.all();
        Map<String, NatLinks> carried = links.of(all.stream().map(NatGateway::id).toList());
        Set<String> pooled = new HashSet<>(links.withSnatpool(all.stream().map(NatGateway::id).toList()));
        Map<String, String> defaults = store.natIps().all().stream().filter(NatIp::isDefault)
                .collect(Collectors.toMap(NatIp::natGatewayId, NatIp::address));
        return all.stream().map(g -> {
            NatLinks l = carried.getOrDefault(g.id(), NatLinks.NONE);
            return new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(), g.id(), g.vpcId(),
                    g.subnetId(), g.name(), g.description(), g.spec(), g.natType(), g.networkType(), g.eipBindMode(),
                    g.internetChargeType(), g.chargeType(), g.icmpReplyEnabled(), l.group().isEmpty() ? null : l.group(),
                    l.firewallId(), l.whiteListOpen() ? Boolean.TRUE : null, l.keepsEip() ? Boolean.TRUE : null,
                    l.subnetIds().isEmpty() ? null : l.subnetIds(), l.whiteList().isEmpty() ? null : l.whiteList(),
                    pooled.contains(g.id()) ? Boolean.TRUE : null, defaults.get(g.id()));
        }).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d, "NAT gateway");
        if (store.exists(d.id())) return false;
        NatService.NewNat spec = new NatService.NewNat(Fixtures.required(d.vpcId(), "vpcId of NAT gateway " + d.id()),
                d.subnetId(), d.name(), d.description(), d.spec(), d.natType() == null ? "Enhanced" : d.natType(),
                d.networkType() == null ? "internet" : d.networkType(),
                d.eipBindMode() == null ? "MULTI_BINDED" : d.eipBindMode(),
                d.internetChargeType() == null ? "PayByLcu" : d.internetChargeType(),
                d.chargeType() == null ? "PostPaid" : d.chargeType(), d.icmpReplyEnabled() == null || d.icmpReplyEnabled());
        boolean plain = d.group() == null && d.firewallId() == null && d.whiteListOpen() == null && d.keepsEip() == null
                && d.subnetIds() == null && d.whiteList() == null && d.snatpool() == null;
        if (plain) {
            nat.create(scope, d.id(), spec, Map.of(), d.natIp());
            return true;
        }
        linked.create(scope, d.id(), new NatLinkService.NewGateway(spec, d.group() == null ? "" : d.group(), d.firewallId(),
                Fixtures.list(d.subnetIds()), List.of(), Boolean.TRUE.equals(d.whiteListOpen()),
                Boolean.TRUE.equals(d.keepsEip())));
        List<String> white = Fixtures.list(d.whiteList());
        if (!white.isEmpty()) linked.addToWhiteList(scope, d.id(), white);
        if (Boolean.TRUE.equals(d.snatpool())) linked.setSnatpool(scope, d.id(), true);
        return true;
    }
}
