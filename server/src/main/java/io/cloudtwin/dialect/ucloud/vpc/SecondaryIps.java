package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.PrivateAddressService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateSecondaryIpResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecondaryIpRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecondaryIpResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.IpInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.MoveSecondaryIPMacRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;

/**
 * Secondary private addresses of a host's network card (what UCloud's Kubernetes CNI plugin gives its pods): an
 * address of the host's subnet held beside its own, named by the card's MAC (DescribeUHostInstance's IPSet Mac) and
 * the host (ObjectId), given out as hosts' addresses are and going with the host. A card holds at most as many
 * addresses, its own included, as UCloud's network interface guide allows for the host's vCPUs.
 */
@Component
record SecondaryIps(InstanceService instances, PrivateAddressService addresses, NetworkService networks) implements
        UcloudVpcApi.AllocateSecondaryIp, UcloudVpcApi.DescribeSecondaryIp, UcloudVpcApi.DeleteSecondaryIp,
        UcloudVpcApi.MoveSecondaryIPMac {
    /** Private addresses a card may hold by the host's vCPUs (at most this many vCPUs: this many addresses). */
    private static final int[][] PER_CARD = {{2, 2}, {4, 3}, {8, 4}, {32, 6}, {64, 8}, {128, 10}};
    private static final int PER_CARD_ABOVE = 12;

    /**
     * Zone (the host's), Mac (its card's), ObjectId (the host), SubnetId and VPCId (when sent, the host's), Ip (else
     * the lowest free address of the subnet) -> IpInfo.
     */
    @Override
    public AllocateSecondaryIpResponse allocateSecondaryIp(UcloudCall call, AllocateSecondaryIpRequest r) {
        Scope scope = call.scope();
        Instance host = host(call, r.objectId(), r.mac(), r.zone());
        if (!UcloudFormats.empty(r.subnetId()) && !r.subnetId().equals(host.subnetId())) throw call.invalid("SubnetId");
        if (!UcloudFormats.empty(r.vpcId()) && !r.vpcId().equals(host.vpcId())) throw call.invalid("VPCId");
        boolean asked = !UcloudFormats.empty(r.ip());
        String ip = addresses.assign(scope, host.id(), asked ? List.of(r.ip()) : List.of(), asked ? 0 : 1,
                perCard(host.cpu())).get(0);
        return new AllocateSecondaryIpResponse().setIpInfo(info(networks.subnet(scope, host.subnetId()), host, ip));
    }

    /** SubnetId, VPCId (the subnet's: else nothing), Ip, Mac -> DataSet[IpInfo] of the subnet's hosts' cards. */
    @Override
    public DescribeSecondaryIpResponse describeSecondaryIp(UcloudCall call, DescribeSecondaryIpRequest r) {
        Scope scope = call.scope();
        Subnet subnet = networks.subnet(scope, r.subnetId());
        List<IpInfo> out = new ArrayList<>();
        if (!subnet.vpcId().equals(r.vpcId())) return new DescribeSecondaryIpResponse().setDataSet(out);
        Map<String, Instance> hosts = hostsIn(scope, subnet.id());
        addresses.secondaryOf(hosts.keySet(), hosts.values().stream().collect(Collectors.toMap(Instance::id,
                Instance::privateIp))).forEach((id, ips) -> {
                    Instance host = hosts.get(id);
                    if (!UcloudFormats.empty(r.mac()) && !UcloudFormats.mac(id).equalsIgnoreCase(r.mac())) return;
                    for (String ip : ips) {
                        if (UcloudFormats.empty(r.ip()) || r.ip().equals(ip)) out.add(info(subnet, host, ip));
                    }
                });
        return new DescribeSecondaryIpResponse().setDataSet(out);
    }

    /** Zone, Ip, Mac, SubnetId (the card's), ObjectId (else the host of the subnet whose card that is), VPCId. */
    @Override
    public void deleteSecondaryIp(UcloudCall call, DeleteSecondaryIpRequest r) {
        Scope scope = call.scope();
        Instance host;
        if (UcloudFormats.empty(r.objectId())) {
            networks.subnet(scope, r.subnetId());
            host = withCard(hostsIn(scope, r.subnetId()), r.mac()).orElseThrow(() -> call.invalid("Mac"));
            if (!host.zone().equals(r.zone())) throw call.invalid("Zone");
        } else {
            host = host(call, r.objectId(), r.mac(), r.zone());
        }
        if (!r.subnetId().equals(host.subnetId())) throw call.invalid("SubnetId");
        if (!UcloudFormats.empty(r.vpcId()) && !r.vpcId().equals(host.vpcId())) throw call.invalid("VPCId");
        addresses.unassign(scope, host.id(), List.of(r.ip()));
    }

    /**
     * Ip, OldMac, NewMac (cards of two hosts of the subnet), SubnetId: the address goes from the one card to the other
     * (a failover), within the new card's limit.
     */
    @Override
    public void moveSecondaryIPMac(UcloudCall call, MoveSecondaryIPMacRequest r) {
        Scope scope = call.scope();
        networks.subnet(scope, r.subnetId());
        Map<String, Instance> hosts = hostsIn(scope, r.subnetId());
        Instance from = withCard(hosts, r.oldMac()).orElseThrow(() -> call.invalid("OldMac"));
        Instance to = withCard(hosts, r.newMac()).orElseThrow(() -> call.invalid("NewMac"));
        addresses.move(scope, r.ip(), from.id(), to.id(), perCard(to.cpu()));
    }

    /** The host of these whose card has that MAC. */
    private static Optional<Instance> withCard(Map<String, Instance> hosts, String mac) {
        return hosts.values().stream().filter(i -> UcloudFormats.mac(i.id()).equalsIgnoreCase(mac)).findFirst();
    }

    /** The host ObjectId names, whose card has that MAC, in that zone and in a subnet. */
    private Instance host(UcloudCall call, String objectId, String mac, String zone) {
        Instance host = instances.get(call.scope(), objectId);
        if (!UcloudFormats.mac(host.id()).equalsIgnoreCase(mac)) throw call.invalid("Mac");
        if (!host.zone().equals(zone)) throw call.invalid("Zone");
        if (UcloudFormats.empty(host.subnetId())) throw call.invalid("ObjectId");
        return host;
    }

    private Map<String, Instance> hostsIn(Scope scope, String subnetId) {
        return instances.list(scope, new InstanceFilter(null, null, null, null, null, null, null, subnetId), 0,
                Integer.MAX_VALUE).items().stream().collect(Collectors.toMap(Instance::id, Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static IpInfo info(Subnet subnet, Instance host, String ip) {
        Cidr block = Cidr.parse(subnet.cidrBlock());
        return new IpInfo().setIp(ip).setMask(block.netmask())
                .setGateway(Cidr.format(block.network() + 1)).setMac(UcloudFormats.mac(host.id()))
                .setSubnetId(subnet.id()).setVpcId(subnet.vpcId());
    }

    private static int perCard(int cpu) {
        for (int[] row : PER_CARD) if (cpu <= row[0]) return row[1];
        return PER_CARD_ABOVE;
    }
}
