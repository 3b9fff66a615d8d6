package io.cloudtwin.dialect.aliyun.vpc;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.express.PhysicalConnectionService;
import io.cloudtwin.core.express.VirtualBorderRouter;
import io.cloudtwin.core.express.VirtualBorderRouterService;
import io.cloudtwin.core.express.Peering;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociatePhysicalConnectionToVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVirtualBorderRouterResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVirtualBorderRoutersForPhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVirtualBorderRoutersForPhysicalConnectionResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVirtualBorderRoutersForPhysicalConnectionResponse.VirtualBorderRouterForPhysicalConnectionType;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVirtualBorderRoutersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVirtualBorderRoutersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVirtualBorderRouterAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.RecoverVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.TerminateVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociatePhysicalConnectionFromVirtualBorderRouterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Virtual border routers (alicloud_express_connect_virtual_border_router): a VLAN of an Enabled Express Connect
 * circuit with the gateway addresses of its peering subnet, active at once, with a route table and a VLAN interface of
 * its own; terminated and recovered by TerminateVirtualBorderRouter and RecoverVirtualBorderRouter, and associated with
 * further circuits (alicloud_express_connect_vbr_pconn_association). No route is
 * learnt or sent: the route table's id is kept, its entries are not served, and no other account's router is made.
 */
@Component
record VirtualBorderRouters(VirtualBorderRouterService routers, PhysicalConnectionService circuits, TagService tags,
                            ClientTokens tokens)
        implements VpcApi.CreateVirtualBorderRouter, VpcApi.DescribeVirtualBorderRouters,
        VpcApi.ModifyVirtualBorderRouterAttribute, VpcApi.TerminateVirtualBorderRouter,
        VpcApi.RecoverVirtualBorderRouter, VpcApi.DeleteVirtualBorderRouter,
        VpcApi.AssociatePhysicalConnectionToVirtualBorderRouter,
        VpcApi.UnassociatePhysicalConnectionFromVirtualBorderRouter,
        VpcApi.DescribeVirtualBorderRoutersForPhysicalConnection {
    private static final int HIGHEST_VLAN = 2999;
    /** The BFD timers' bounds: intervals in milliseconds, the multiplier in missed packets. */
    private static final long SHORTEST_INTERVAL = 200;
    private static final long LONGEST_INTERVAL = 1000;
    private static final long FEWEST_MISSED = 3;
    private static final long MOST_MISSED = 10;
    private static final Set<Integer> MTUS = Set.of(1500, 8500);
    private static final Set<String> FILTER_KEYS = Set.of("VbrId", "PhysicalConnectionId", "AccessPointId",
            "Status", "Name", "RouteTableId", "VlanId");
    private static final Set<String> CIRCUIT_FILTER_KEYS = Set.of("VbrId", "VlanId");
    /** What a router made on one's own circuit is. */
    private static final String TYPE = "pconnVBR";

    /**
     * PhysicalConnectionId (the caller's, Enabled), VlanId (0-2999, free on the circuit), LocalGatewayIp, PeerGatewayIp
     * and PeeringSubnetMask (one subnet), EnableIpv6 with LocalIpv6GatewayIp, PeerIpv6GatewayIp and
     * PeeringIpv6SubnetMask, CircuitCode, Name, Description, Bandwidth, VbrOwnerId (the caller), Tags.N,
     * ResourceGroupId, ClientToken -> VbrId.
     */
    @Override
    public CreateVirtualBorderRouterResponse createVirtualBorderRouter(AliyunCall call,
            CreateVirtualBorderRouterRequest r) {
        Scope scope = call.scope();
        if (r.vbrOwnerId() != null && r.vbrOwnerId() != AliyunFormats.ownerId(scope.accountId())) {
            throw call.error("InvalidVbrOwnerId.NotFound", String.valueOf(r.vbrOwnerId()));
        }
        Peering peering = peering(call, new Peering(r.localGatewayIp(), r.peerGatewayIp(), r.peeringSubnetMask(),
                Boolean.TRUE.equals(r.enableIpv6()), r.localIpv6GatewayIp(), r.peerIpv6GatewayIp(),
                r.peeringIpv6SubnetMask()));
        if (r.bandwidth() != null && (r.bandwidth() < 1 || r.bandwidth() > Integer.MAX_VALUE)) {
            throw call.invalid("Bandwidth");
        }
        var spec = new VirtualBorderRouterService.NewRouter(r.physicalConnectionId(), vlan(call, r.vlanId()), peering,
                AliyunFormats.or(r.circuitCode(), ""),
                AliyunFormats.name(r.name(), () -> call.error("InvalidName.Malformed")),
                AliyunFormats.description(r.description(), () -> call.error("InvalidDescription.Malformed")),
                r.bandwidth() == null ? null : r.bandwidth().intValue());
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tags());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.VIRTUAL_BORDER_ROUTER,
                group, () -> routers.create(scope, Ids.random("vbr-", 24), spec, Ids.random("vtb-", 24),
                        Ids.random("ri-", 24), VirtualBorderRouterService.Standing.NEW, tagged).id()));
        return new CreateVirtualBorderRouterResponse().setVbrId(id);
    }

    /**
     * Filter.N (VbrId, PhysicalConnectionId, AccessPointId, Status, Name, RouteTableId, VlanId), Tags.N,
     * ResourceGroupId; PageNumber/PageSize (10), oldest first. IncludeCrossAccountVbr changes nothing: every router
     * is its circuit owner's.
     */
    @Override
    public DescribeVirtualBorderRoutersResponse describeVirtualBorderRouters(AliyunCall call,
            DescribeVirtualBorderRoutersRequest r) {
        Scope scope = call.scope();
        var filters = call.filters(r.filter(), DescribeVirtualBorderRoutersRequest.Filter::key,
                DescribeVirtualBorderRoutersRequest.Filter::value, FILTER_KEYS);
        var wanted = call.narrow(tags, scope, ResourceType.VIRTUAL_BORDER_ROUTER, filters.getOrDefault("VbrId",
                List.of()), r.tags(), r.resourceGroupId());
        List<Integer> vlans = filters.getOrDefault("VlanId", List.of()).stream().filter(v -> v.matches("\\d{1,4}"))
                .map(Integer::valueOf).toList();
        boolean none = wanted.isEmpty() || filters.containsKey("VlanId") && vlans.isEmpty();
        var out = new DescribeVirtualBorderRoutersResponse();
        List<VirtualBorderRouter> shown = call.listed(out, call.paging(10), none, routers.listing(scope,
                routers.where(wanted.orElse(List.of()), filters.get("PhysicalConnectionId"),
                        filters.get("AccessPointId"), filters.get("Status"), filters.get("Name"),
                        filters.get("RouteTableId"), vlans)));
        List<String> ids = shown.stream().map(VirtualBorderRouter::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var associated = routers.associationsOf(ids);
        Set<String> onCircuits = new HashSet<>();
        shown.forEach(v -> onCircuits.add(v.physicalConnectionId()));
        associated.values().forEach(all -> all.forEach(a -> onCircuits.add(a.physicalConnectionId())));
        Map<String, String> circuitStatus = circuits.statuses(scope, onCircuits);
        String owner = String.valueOf(AliyunFormats.ownerId(scope.accountId()));
        return out.setVirtualBorderRouterSet(AliyunFormats.each(shown,
                DescribeVirtualBorderRoutersResponse.VirtualBorderRouterType::new, (item, v) -> item
                        .setVbrId(v.id()).setPhysicalConnectionId(v.physicalConnectionId())
                        .setAccessPointId(v.accessPointId()).setType(TYPE).setVlanId(v.vlanId())
                        .setVlanInterfaceId(v.vlanInterfaceId()).setRouteTableId(v.routeTableId())
                        .setLocalGatewayIp(v.localGatewayIp()).setPeerGatewayIp(v.peerGatewayIp())
                        .setPeeringSubnetMask(v.peeringSubnetMask()).setEnableIpv6(v.enableIpv6())
                        .setLocalIpv6GatewayIp(v.localIpv6GatewayIp()).setPeerIpv6GatewayIp(v.peerIpv6GatewayIp())
                        .setPeeringIpv6SubnetMask(v.peeringIpv6SubnetMask()).setCircuitCode(v.circuitCode())
                        .setName(v.name()).setDescription(v.description()).setBandwidth(v.bandwidth())
                        .setMinRxInterval(v.minRxInterval()).setMinTxInterval(v.minTxInterval())
                        .setDetectMultiplier(v.detectMultiplier()).setSitelinkEnable(v.sitelinkEnable())
                        .setStatus(v.status()).setPhysicalConnectionStatus(circuitStatus.get(v.physicalConnectionId()))
                        .setPhysicalConnectionBusinessStatus("Normal").setPhysicalConnectionOwnerUid(owner)
                        .setCreationTime(AliyunFormats.time(v.createdAt()))
                        .setActivationTime(AliyunFormats.time(v.activatedAt()))
                        .setTerminationTime(v.terminatedAt() == null ? "" : AliyunFormats.time(v.terminatedAt()))
                        .setRecoveryTime(v.recoveredAt() == null ? "" : AliyunFormats.time(v.recoveredAt()))
                        .setAssociatedPhysicalConnections(AliyunFormats.each(associated.getOrDefault(v.id(), List.of()),
                                DescribeVirtualBorderRoutersResponse.AssociatedPhysicalConnection::new, (a, c) -> a
                                        .setPhysicalConnectionId(c.physicalConnectionId())
                                        .setVlanId(String.valueOf(c.vlanId())).setStatus(c.status())
                                        .setCircuitCode(c.circuitCode()).setLocalGatewayIp(c.localGatewayIp())
                                        .setPeerGatewayIp(c.peerGatewayIp())
                                        .setPeeringSubnetMask(c.peeringSubnetMask()).setEnableIpv6(c.enableIpv6())
                                        .setLocalIpv6GatewayIp(c.localIpv6GatewayIp())
                                        .setPeerIpv6GatewayIp(c.peerIpv6GatewayIp())
                                        .setPeeringIpv6SubnetMask(c.peeringIpv6SubnetMask())
                                        .setPhysicalConnectionOwnerUid(owner)
                                        .setPhysicalConnectionStatus(circuitStatus.get(c.physicalConnectionId()))
                                        .setPhysicalConnectionBusinessStatus("Normal")
                                        .setVlanInterfaceId(v.vlanInterfaceId())))
                        .setAssociatedCens(List.of())
                        .setResourceGroupId(grouped.get(v.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(v.id()),
                                DescribeVirtualBorderRoutersResponse.Tags::new))));
    }

    /**
     * VlanId, CircuitCode, the peering's addresses (checked together with those kept), MinRxInterval and
     * MinTxInterval (200-1000 ms), DetectMultiplier (3-10), Mtu (1500, 8500), Name, Description, Bandwidth,
     * SitelinkEnable; AssociatedPhysicalConnections not served (no router spans several circuits here).
     */
    @Override
    public void modifyVirtualBorderRouterAttribute(AliyunCall call, ModifyVirtualBorderRouterAttributeRequest r) {
        Scope scope = call.scope();
        VirtualBorderRouter v = routers.get(scope, r.vbrId());
        if (!AliyunFormats.blank(r.associatedPhysicalConnections())) {
            throw call.error("IllegalParam.AssociatedPhysicalConnections");
        }
        Peering p = peering(call, new Peering(AliyunFormats.or(r.localGatewayIp(), v.localGatewayIp()),
                AliyunFormats.or(r.peerGatewayIp(), v.peerGatewayIp()),
                AliyunFormats.or(r.peeringSubnetMask(), v.peeringSubnetMask()),
                r.enableIpv6() == null ? v.enableIpv6() : r.enableIpv6(),
                AliyunFormats.or(r.localIpv6GatewayIp(), v.localIpv6GatewayIp()),
                AliyunFormats.or(r.peerIpv6GatewayIp(), v.peerIpv6GatewayIp()),
                AliyunFormats.or(r.peeringIpv6SubnetMask(), v.peeringIpv6SubnetMask())));
        if (r.mtu() != null && !MTUS.contains(r.mtu())) throw call.invalid("Mtu");
        if (r.bandwidth() != null && r.bandwidth() < 1) throw call.invalid("Bandwidth");
        routers.modify(scope, r.vbrId(), new VirtualBorderRouterService.Changes(
                r.vlanId() == null ? null : vlan(call, r.vlanId()), p.localGatewayIp(), p.peerGatewayIp(),
                p.peeringSubnetMask(), p.enableIpv6(), p.localIpv6GatewayIp(), p.peerIpv6GatewayIp(),
                p.peeringIpv6SubnetMask(), r.circuitCode(),
                r.name() == null ? null : AliyunFormats.name(r.name(), () -> call.error("InvalidName.Malformed")),
                r.description() == null ? null : AliyunFormats.description(r.description(),
                        () -> call.error("InvalidDescription.Malformed")),
                r.bandwidth(), bounded(call, r.minRxInterval(), SHORTEST_INTERVAL, LONGEST_INTERVAL,
                        "IllegalParam.MinRxInterval"),
                bounded(call, r.minTxInterval(), SHORTEST_INTERVAL, LONGEST_INTERVAL, "IllegalParam.MinTxInterval"),
                bounded(call, r.detectMultiplier(), FEWEST_MISSED, MOST_MISSED, "IllegalParam.DetectMultiplier"),
                r.mtu(), r.sitelinkEnable()));
    }

    @Override
    public void terminateVirtualBorderRouter(AliyunCall call, TerminateVirtualBorderRouterRequest r) {
        routers.terminate(call.scope(), r.vbrId());
    }

    @Override
    public void recoverVirtualBorderRouter(AliyunCall call, RecoverVirtualBorderRouterRequest r) {
        routers.recover(call.scope(), r.vbrId());
    }

    @Override
    public void deleteVirtualBorderRouter(AliyunCall call, DeleteVirtualBorderRouterRequest r) {
        routers.delete(call.scope(), r.vbrId());
    }

    /**
     * A further circuit of the router (the caller's, Enabled, neither the router's own nor associated already:
     * InvalidParams.AlreadyExists): VlanId (free on that circuit), its own peering's addresses, CircuitCode.
     */
    @Override
    public void associatePhysicalConnectionToVirtualBorderRouter(AliyunCall call,
            AssociatePhysicalConnectionToVirtualBorderRouterRequest r) {
        Integer vlan = r.vlanId().matches("\\d{1,4}") ? Integer.valueOf(r.vlanId()) : null;
        String enable = AliyunFormats.or(r.enableIpv6(), "false");
        if (!enable.equals("true") && !enable.equals("false")) throw call.invalid("EnableIpv6");
        Peering p = peering(call, new Peering(r.localGatewayIp(), r.peerGatewayIp(), r.peeringSubnetMask(),
                Boolean.parseBoolean(enable), r.localIpv6GatewayIp(), r.peerIpv6GatewayIp(),
                r.peeringIpv6SubnetMask()));
        routers.associate(call.scope(), r.vbrId(), r.physicalConnectionId(), vlan(call, vlan), p,
                AliyunFormats.or(r.circuitCode(), ""));
    }

    @Override
    public void unassociatePhysicalConnectionFromVirtualBorderRouter(AliyunCall call,
            UnassociatePhysicalConnectionFromVirtualBorderRouterRequest r) {
        routers.unassociate(call.scope(), r.vbrId(), r.physicalConnectionId());
    }

    /**
     * The routers on a circuit of the caller's, its own ones then those associated with it, each with the VLAN and
     * addresses it has there; Filter.N VbrId, VlanId; PageNumber/PageSize (10).
     */
    @Override
    public DescribeVirtualBorderRoutersForPhysicalConnectionResponse describeVirtualBorderRoutersForPhysicalConnection(
            AliyunCall call, DescribeVirtualBorderRoutersForPhysicalConnectionRequest r) {
        var filters = call.filters(r.filter(), DescribeVirtualBorderRoutersForPhysicalConnectionRequest.Filter::key,
                DescribeVirtualBorderRoutersForPhysicalConnectionRequest.Filter::value, CIRCUIT_FILTER_KEYS);
        List<String> ids = filters.get("VbrId");
        List<String> vlans = filters.get("VlanId");
        var all = routers.on(call.scope(), r.physicalConnectionId()).stream()
                .filter(o -> ids == null || ids.contains(o.router().id()))
                .filter(o -> vlans == null || vlans.contains(String.valueOf(o.vlanId()))).toList();
        var paging = call.paging(10);
        long owner = AliyunFormats.ownerId(call.scope().accountId());
        var out = call.paged(new DescribeVirtualBorderRoutersForPhysicalConnectionResponse(), paging, all.size());
        return out.setVirtualBorderRouterForPhysicalConnectionSet(AliyunFormats.each(AliyunFormats.page(all, paging),
                VirtualBorderRouterForPhysicalConnectionType::new,
                (item, o) -> {
                    VirtualBorderRouter v = o.router();
                    Peering p = o.peering();
                    item.setVbrId(v.id()).setVbrOwnerUid(owner).setType(TYPE).setStatus(v.status())
                            .setVlanId(o.vlanId()).setCircuitCode(o.circuitCode())
                            .setLocalGatewayIp(p.localGatewayIp()).setPeerGatewayIp(p.peerGatewayIp())
                            .setPeeringSubnetMask(p.peeringSubnetMask()).setEnableIpv6(p.enableIpv6())
                            .setLocalIpv6GatewayIp(p.localIpv6GatewayIp()).setPeerIpv6GatewayIp(p.peerIpv6GatewayIp())
                            .setPeeringIpv6SubnetMask(p.peeringIpv6SubnetMask())
                            .setBandwidth(v.bandwidth() == null ? "" : String.valueOf(v.bandwidth()))
                            .setCreationTime(AliyunFormats.time(v.createdAt()))
                            .setActivationTime(AliyunFormats.time(v.activatedAt()))
                            .setTerminationTime(v.terminatedAt() == null ? "" : AliyunFormats.time(v.terminatedAt()))
                            .setRecoveryTime(v.recoveredAt() == null ? "" : AliyunFormats.time(v.recoveredAt()));
                }));
    }

    private static int vlan(AliyunCall call, Integer given) {
        if (given == null || given < 0 || given > HIGHEST_VLAN) throw call.error("InvalidVlanId.Malformed");
        return given;
    }

    private static Long bounded(AliyunCall call, Long given, long least, long most, String code) {
        if (given != null && (given < least || given > most)) throw call.error(code);
        return given;
    }

    /**
     * The peering's addresses, well formed: each IPv4 gateway an address, the mask a netmask, both gateways in one
     * subnet of it and not the same; each IPv6 gateway an address and the IPv6 mask a block. "" for one not
     * given.
     */
    private static Peering peering(AliyunCall call, Peering p) {
        long local = address(call, p.localGatewayIp(), "LocalGatewayIp", "InvalidLocalGatewayIp.Malformed",
                "IllegalParam.LocalGatewayIp", "IllegalParam.IpAddress");
        long peer = address(call, p.peerGatewayIp(), "PeerGatewayIp", "InvalidPeerGatewayIp.Malformed",
                "IllegalParam.PeerGatewayIp", "IllegalParam.IpAddress");
        String mask = p.peeringSubnetMask();
        if (!mask.isEmpty()) {
            long bits = address(call, mask, "PeeringSubnetMask", "InvalidPeeringSubnetMask.Malformed",
                    "IllegalParam.CidrBlock");
            long hosts = ~bits & 0xFFFFFFFFL;
            if ((hosts & (hosts + 1)) != 0) {
                throw call.firstError(mask, "InvalidPeeringSubnetMask.Malformed", "IllegalParam.CidrBlock");
            }
            if (local >= 0 && local == peer) {
                throw call.firstError(p.peerGatewayIp(), "Duplicated.PeerGatewayIp", "IllegalParam.IpAddress");
            }
            if (local >= 0 && peer >= 0 && (local & bits) != (peer & bits)) {
                throw call.firstError(p.peerGatewayIp(), "InvalidIp.NotSameSubnet", "IllegalParam.CidrBlock");
            }
        }
        ipv6(call, p.localIpv6GatewayIp(), false);
        ipv6(call, p.peerIpv6GatewayIp(), false);
        ipv6(call, p.peeringIpv6SubnetMask(), true);
        return p;
    }

    /** The IPv4 address as a number; -1 for "" (not given); else the first of the codes the action documents. */
    private static long address(AliyunCall call, String text, String name, String... codes) {
        if (text.isEmpty()) return -1;
        if (!Cidr.isAddress(text)) throw call.firstError(name, codes);
        return Cidr.address(text);
    }

    private static void ipv6(AliyunCall call, String text, boolean block) {
        if (text.isEmpty()) return;
        boolean wellFormed;
        try {
            Cidr.ipv6(text);
            wellFormed = block == text.contains("/");
        } catch (IllegalArgumentException e) {
            wellFormed = false;
        }
        if (!wellFormed) throw call.firstError(text, block ? "IllegalParam.CidrBlock" : "IllegalParam.IpAddress");
    }
}
