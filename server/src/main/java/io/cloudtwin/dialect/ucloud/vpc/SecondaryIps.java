package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.PrivateAddressService;
import io.cloudtwin.core.compute.UhostDetails;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateBatchSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateBatchSecondaryIpResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateSecondaryIpResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecondaryIpResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.IpInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.IpsInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.MoveSecondaryIPMacRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.StatusInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;

/**
 * Secondary private addresses of a network card (what UCloud's Kubernetes CNI plugin gives its pods): an address of
 * the card's subnet held beside its own, named by the card's MAC and its ObjectId, given out as hosts' addresses are
 * and going with the card. A card is a host's own (ObjectId the host, or its default network interface: the IPSet of
 * DescribeUHostInstance gives both and the MAC) or a network interface made by CreateNetworkInterface (ObjectId its
 * InterfaceId), on the host it is attached to. A card holds at most as many addresses, its own included, as UCloud's
 * network interface guide allows for its host's vCPUs (a card attached to no host: the fewest).
 */
@Component
record SecondaryIps(InstanceService instances, PrivateAddressService addresses, NetworkService networks,
                    InterfaceService interfaces, UhostDetails hosts) implements
        UcloudVpcApi.AllocateSecondaryIp, UcloudVpcApi.AllocateBatchSecondaryIp, UcloudVpcApi.DescribeSecondaryIp,
        UcloudVpcApi.DeleteSecondaryIp, UcloudVpcApi.MoveSecondaryIPMac {
    /** Private addresses a card may hold by the host's vCPUs (at most this many vCPUs: this many addresses). */
    private static final int[][] PER_CARD = {{2, 2}, {4, 3}, {8, 4}, {32, 6}, {64, 8}, {128, 10}};
    private static final int PER_CARD_ABOVE = 12;

    /**
     * A card: who holds its addresses (a host, or a network interface), its network, its host's zone (null: on no
     * host) and how many addresses it may hold.
     */
    private record Card(String holderId, String subnetId, String vpcId, String zone, String primaryIp, int limit) {
        String mac() {
            return UcloudFormats.mac(holderId);
        }
    }

    /**
     * Zone (the card's host's), Mac (the card's), ObjectId (the card), SubnetId and VPCId (when sent, the card's), Ip
     * (else the lowest free address of the subnet) -> IpInfo.
     */
    @Override
    public AllocateSecondaryIpResponse allocateSecondaryIp(UcloudCall call, AllocateSecondaryIpRequest r) {
        Scope scope = call.scope();
        Card card = card(call, r.objectId(), r.mac(), r.zone(), r.subnetId(), r.vpcId());
        boolean asked = !UcloudFormats.empty(r.ip());
        String ip = addresses.assign(scope, card.holderId(), asked ? List.of(r.ip()) : List.of(), asked ? 0 : 1,
                card.limit()).get(0);
        return new AllocateSecondaryIpResponse().setIpInfo(info(networks.subnet(scope, card.subnetId()), card, ip));
    }

    /**
     * Zone, Mac, ObjectId, SubnetId and VPCId as AllocateSecondaryIp; Ip.N (these addresses) and Count (that many more,
     * the lowest free ones; neither: one) -> IpsInfo, each Succeeded. All or none: an address taken or outside the
     * subnet, or the card's limit passed, refuses the whole request as AllocateSecondaryIp refuses one address.
     */
    @Override
    public AllocateBatchSecondaryIpResponse allocateBatchSecondaryIp(UcloudCall call,
                                                                     AllocateBatchSecondaryIpRequest r) {
        Scope scope = call.scope();
        Card card = card(call, r.objectId(), r.mac(), r.zone(), r.subnetId(), r.vpcId());
        int count = r.count() == null ? (r.ip().isEmpty() ? 1 : 0) : r.count();
        if (count < 0 || (count == 0 && r.ip().isEmpty())) throw call.invalid("Count");
        List<String> given = addresses.assign(scope, card.holderId(), r.ip(), count, card.limit());
        Subnet subnet = networks.subnet(scope, card.subnetId());
        Cidr block = Cidr.parse(subnet.cidrBlock());
        return new AllocateBatchSecondaryIpResponse().setIpsInfo(given.stream().map(ip -> new IpsInfo().setIp(ip)
                .setMask(block.netmask()).setGateway(UcloudFormats.gateway(block)).setMac(card.mac())
                .setSubnetId(subnet.id()).setVpcId(subnet.vpcId())
                .setStatus(new StatusInfo().setStatusCode("Succeeded").setMessage(""))).toList());
    }

    /** SubnetId, VPCId (the subnet's: else nothing), Ip, Mac -> DataSet[IpInfo] of the subnet's cards. */
    @Override
    public DescribeSecondaryIpResponse describeSecondaryIp(UcloudCall call, DescribeSecondaryIpRequest r) {
        Scope scope = call.scope();
        Subnet subnet = networks.subnet(scope, r.subnetId());
        List<IpInfo> out = new ArrayList<>();
        if (!subnet.vpcId().equals(r.vpcId())) return new DescribeSecondaryIpResponse().setDataSet(out);
        Map<String, Card> cards = cardsIn(scope, subnet.id());
        addresses.secondaryOf(cards.keySet(), cards.values().stream().collect(Collectors.toMap(Card::holderId,
                Card::primaryIp))).forEach((id, ips) -> {
                    Card card = cards.get(id);
                    if (!UcloudFormats.empty(r.mac()) && !card.mac().equalsIgnoreCase(r.mac())) return;
                    for (String ip : ips) {
                        if (UcloudFormats.empty(r.ip()) || r.ip().equals(ip)) out.add(info(subnet, card, ip));
                    }
                });
        return new DescribeSecondaryIpResponse().setDataSet(out);
    }

    /**
     * Zone, Ip (one of the card's secondary addresses: 58221 otherwise, as the CNI plugin reads it), Mac, SubnetId
     * (the card's), ObjectId (else the card of the subnet with that MAC), VPCId.
     */
    @Override
    public void deleteSecondaryIp(UcloudCall call, DeleteSecondaryIpRequest r) {
        Scope scope = call.scope();
        Card card;
        if (UcloudFormats.empty(r.objectId())) {
            networks.subnet(scope, r.subnetId());
            card = withMac(cardsIn(scope, r.subnetId()), r.mac()).orElseThrow(() -> call.invalid("Mac"));
            if (card.zone() != null && !card.zone().equals(r.zone())) throw call.invalid("Zone");
        } else {
            card = card(call, r.objectId(), r.mac(), r.zone());
        }
        if (!r.subnetId().equals(card.subnetId())) throw call.invalid("SubnetId");
        if (!UcloudFormats.empty(r.vpcId()) && !r.vpcId().equals(card.vpcId())) throw call.invalid("VPCId");
        addresses.unassign(scope, card.holderId(), List.of(r.ip()));
    }

    /**
     * Ip, OldMac, NewMac (two cards of the subnet), SubnetId: the address goes from the one card to the other (a
     * failover), within the new card's limit.
     */
    @Override
    public void moveSecondaryIPMac(UcloudCall call, MoveSecondaryIPMacRequest r) {
        Scope scope = call.scope();
        networks.subnet(scope, r.subnetId());
        Map<String, Card> cards = cardsIn(scope, r.subnetId());
        Card from = withMac(cards, r.oldMac()).orElseThrow(() -> call.invalid("OldMac"));
        Card to = withMac(cards, r.newMac()).orElseThrow(() -> call.invalid("NewMac"));
        addresses.move(scope, r.ip(), from.holderId(), to.holderId(), to.limit());
    }

    /** The card of these whose MAC that is. */
    private static Optional<Card> withMac(Map<String, Card> cards, String mac) {
        return cards.values().stream().filter(c -> c.mac().equalsIgnoreCase(mac)).findFirst();
    }

    /**
     * The card ObjectId names (a host, its default network interface, or a network interface), whose MAC that is, in
     * that zone (a card on no host: any) and in a subnet.
     */
    private Card card(UcloudCall call, String objectId, String mac, String zone) {
        Scope scope = call.scope();
        String id = hosts.withDefaultInterface(scope, objectId).orElse(objectId);
        Card card = interfaces.find(scope, id).map(n -> uni(scope, n.id(), n.subnetId(), n.vpcId(), n.privateIp(),
                n.instanceId())).orElseGet(() -> host(instances.get(scope, id)));
        if (!card.mac().equalsIgnoreCase(mac)) throw call.invalid("Mac");
        if (card.zone() != null && !card.zone().equals(zone)) throw call.invalid("Zone");
        if (UcloudFormats.empty(card.subnetId())) throw call.invalid("ObjectId");
        return card;
    }

    /** The card as {@link #card(UcloudCall, String, String, String)}; SubnetId and VPCId, when sent, its own. */
    private Card card(UcloudCall call, String objectId, String mac, String zone, String subnetId, String vpcId) {
        Card card = card(call, objectId, mac, zone);
        if (!UcloudFormats.empty(subnetId) && !subnetId.equals(card.subnetId())) throw call.invalid("SubnetId");
        if (!UcloudFormats.empty(vpcId) && !vpcId.equals(card.vpcId())) throw call.invalid("VPCId");
        return card;
    }

    /** The cards of the subnet: its hosts' own and the network interfaces made in it, by holder. */
    private Map<String, Card> cardsIn(Scope scope, String subnetId) {
        Map<String, Card> out = new LinkedHashMap<>();
        instances.list(scope, new InstanceFilter(null, null, null, null, null, null, null, subnetId), 0,
                Integer.MAX_VALUE).items().forEach(i -> out.put(i.id(), host(i)));
        interfaces.list(scope).stream().filter(n -> n.subnetId().equals(subnetId)).forEach(n -> out.put(n.id(),
                uni(scope, n.id(), n.subnetId(), n.vpcId(), n.privateIp(), n.instanceId())));
        return out;
    }

    private static Card host(Instance i) {
        return new Card(i.id(), i.subnetId(), i.vpcId(), i.zone(), i.privateIp(), perCard(i.cpu()));
    }

    /** A network interface's card, on the host it is attached to (hostId null: none). */
    private Card uni(Scope scope, String id, String subnetId, String vpcId, String ip, String hostId) {
        Instance host = hostId == null ? null : instances.get(scope, hostId);
        return new Card(id, subnetId, vpcId, host == null ? null : host.zone(), ip, perCard(host == null ? 1
                : host.cpu()));
    }

    private static IpInfo info(Subnet subnet, Card card, String ip) {
        Cidr block = Cidr.parse(subnet.cidrBlock());
        return new IpInfo().setIp(ip).setMask(block.netmask()).setGateway(UcloudFormats.gateway(block))
                .setMac(card.mac()).setSubnetId(subnet.id()).setVpcId(subnet.vpcId());
    }

    private static int perCard(int cpu) {
        for (int[] row : PER_CARD) if (cpu <= row[0]) return row[1];
        return PER_CARD_ABOVE;
    }
}
