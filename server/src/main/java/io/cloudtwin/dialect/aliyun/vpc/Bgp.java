package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.express.BgpGroup;
import io.cloudtwin.core.express.BgpNetwork;
import io.cloudtwin.core.express.BgpPeer;
import io.cloudtwin.core.express.BgpService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AddBgpNetworkRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateBgpGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateBgpGroupResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateBgpPeerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateBgpPeerResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteBgpGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteBgpNetworkRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteBgpPeerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpGroupsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpGroupsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpNetworksRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpNetworksResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpPeersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeBgpPeersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyBgpGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyBgpPeerAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * BGP on virtual border routers (alicloud_vpc_bgp_group, alicloud_vpc_bgp_peer, alicloud_vpc_bgp_network): groups
 * with the peer's ASN, peers with their addresses and BFD, and the blocks a router advertises; all Available at once.
 * No session comes up: a peer's BgpStatus is Connect, and no route is learnt or advertised.
 */
@Component
record Bgp(BgpService bgp, ClientTokens tokens)
        implements VpcApi.CreateBgpGroup, VpcApi.DescribeBgpGroups, VpcApi.ModifyBgpGroupAttribute,
        VpcApi.DeleteBgpGroup, VpcApi.CreateBgpPeer, VpcApi.DescribeBgpPeers, VpcApi.ModifyBgpPeerAttribute,
        VpcApi.DeleteBgpPeer, VpcApi.AddBgpNetwork, VpcApi.DescribeBgpNetworks, VpcApi.DeleteBgpNetwork {
    /** Alibaba Cloud's own ASN: a group's local ASN unless another is given. */
    private static final long ALIBABA_ASN = 45104;
    private static final long HIGHEST_ASN = 4_294_967_295L;
    /** A group's route limit unless another is given. */
    private static final int ROUTE_LIMIT = 110;
    private static final Set<String> IP_VERSIONS = Set.of("ipv4", "ipv6");
    /** The BGP timers every group answers (seconds): none is configurable by this API. */
    private static final String HOLD = "30";
    private static final String KEEPALIVE = "10";
    /** A peer's BGP state: no session comes up, so it keeps trying to connect. */
    private static final String CONNECT = "Connect";
    private static final int MOST_BFD_HOPS = 255;

    /**
     * RouterId (the caller's virtual border router), PeerAsn, LocalAsn (45104, 64512-65534 or
     * 4200000000-4294967294), AuthKey, IsFakeAsn, IpVersion (IPv4, IPv6), RouteQuota, Name, Description,
     * ClientToken -> BgpGroupId.
     */
    @Override
    public CreateBgpGroupResponse createBgpGroup(AliyunCall call, CreateBgpGroupRequest r) {
        Scope scope = call.scope();
        var spec = new BgpService.GroupSpec(AliyunFormats.name(r.name(), () -> call.error("InvalidBgpName.Malformed")),
                AliyunFormats.description(r.description(), () -> call.error("InvalidBgpDescription.Malformed")),
                peerAsn(call, r.peerAsn()), localAsn(call, r.localAsn() == null ? ALIBABA_ASN : r.localAsn()),
                AliyunFormats.or(r.authKey(), ""), Boolean.TRUE.equals(r.isFakeAsn()),
                ipVersion(call, AliyunFormats.or(r.ipVersion(), "IPv4")),
                routeLimit(call, r.routeQuota() == null ? ROUTE_LIMIT : r.routeQuota()));
        String id = call.once(tokens, scope, r.clientToken(),
                () -> bgp.createGroup(scope, Ids.random("bgpg-", 20), r.routerId(), spec).id());
        return new CreateBgpGroupResponse().setBgpGroupId(id);
    }

    /** RouterId, BgpGroupId; PageNumber/PageSize (10). IsDefault changes nothing (no group is a default one). */
    @Override
    public DescribeBgpGroupsResponse describeBgpGroups(AliyunCall call, DescribeBgpGroupsRequest r) {
        var out = new DescribeBgpGroupsResponse();
        List<BgpGroup> shown = call.listed(out, call.paging(10), false, bgp.groups(call.scope(),
                one(r.bgpGroupId()), one(r.routerId())));
        return out.setBgpGroups(AliyunFormats.each(shown, DescribeBgpGroupsResponse.BgpGroup::new, (item, g) -> item
                .setBgpGroupId(g.id()).setRouterId(g.routerId()).setRegionId(g.region()).setName(g.name())
                .setDescription(g.description()).setPeerAsn(String.valueOf(g.peerAsn()))
                .setLocalAsn(String.valueOf(g.localAsn())).setAuthKey(g.authKey())
                .setIsFake(String.valueOf(g.isFake())).setIpVersion(g.ipVersion())
                .setRouteLimit(String.valueOf(g.routeLimit())).setHold(HOLD).setKeepalive(KEEPALIVE)
                .setStatus(g.status())));
    }

    /** Name, Description, PeerAsn, LocalAsn, AuthKey (ClearAuthKey true: none), IsFakeAsn, RouteQuota. */
    @Override
    public void modifyBgpGroupAttribute(AliyunCall call, ModifyBgpGroupAttributeRequest r) {
        boolean clear = Boolean.TRUE.equals(r.clearAuthKey());
        if (clear && !AliyunFormats.blank(r.authKey())) throw call.error("OperationFailed.ClearAuthKeyForbidden");
        bgp.modifyGroup(call.scope(), r.bgpGroupId(), new BgpService.GroupSpec(
                r.name() == null ? null : AliyunFormats.name(r.name(), () -> call.error("InvalidBgpName.Malformed")),
                r.description() == null ? null : AliyunFormats.description(r.description(),
                        () -> call.error("InvalidBgpDiscription.Malformed")),
                r.peerAsn() == null ? null : peerAsn(call, r.peerAsn()),
                r.localAsn() == null ? null : localAsn(call, r.localAsn()), clear ? "" : r.authKey(),
                r.isFakeAsn(), null, r.routeQuota() == null ? null : routeLimit(call, r.routeQuota())));
    }

    @Override
    public void deleteBgpGroup(AliyunCall call, DeleteBgpGroupRequest r) {
        bgp.deleteGroup(call.scope(), r.bgpGroupId());
    }

    /**
     * BgpGroupId (the caller's), PeerIpAddress (an address of the group's IP version, no other peer's of the group),
     * EnableBfd, BfdMultiHop (1-255), IpVersion (the group's unless given), ClientToken -> BgpPeerId.
     */
    @Override
    public CreateBgpPeerResponse createBgpPeer(AliyunCall call, CreateBgpPeerRequest r) {
        Scope scope = call.scope();
        BgpGroup group = bgp.group(scope, r.bgpGroupId());
        String version = r.ipVersion() == null ? group.ipVersion() : ipVersion(call, r.ipVersion());
        var spec = new BgpService.PeerSpec(peerAddress(call, AliyunFormats.or(r.peerIpAddress(), ""), version),
                Boolean.TRUE.equals(r.enableBfd()), bfdHops(call, r.bfdMultiHop()), version);
        String id = call.once(tokens, scope, r.clientToken(),
                () -> bgp.createPeer(scope, Ids.random("bgp-", 20), r.bgpGroupId(), spec).id());
        return new CreateBgpPeerResponse().setBgpPeerId(id);
    }

    /** RouterId, BgpGroupId, BgpPeerId; PageNumber/PageSize (10). Each peer answers its group's settings. */
    @Override
    public DescribeBgpPeersResponse describeBgpPeers(AliyunCall call, DescribeBgpPeersRequest r) {
        Scope scope = call.scope();
        List<String> groupIds = one(r.bgpGroupId());
        boolean none = false;
        if (!AliyunFormats.blank(r.routerId())) {
            List<String> ofRouter = bgp.groupIdsOf(scope, r.routerId());
            groupIds = groupIds.isEmpty() ? ofRouter : groupIds.stream().filter(ofRouter::contains).toList();
            none = groupIds.isEmpty();
        }
        var out = new DescribeBgpPeersResponse();
        List<BgpPeer> shown = call.listed(out, call.paging(10), none, bgp.peers(scope, one(r.bgpPeerId()), groupIds));
        Map<String, BgpGroup> groups = bgp.groupsById(scope, shown.stream().map(BgpPeer::bgpGroupId)
                .collect(Collectors.toSet()));
        return out.setBgpPeers(AliyunFormats.each(shown, DescribeBgpPeersResponse.BgpPeer::new, (item, p) -> {
            BgpGroup g = groups.get(p.bgpGroupId());
            item.setBgpPeerId(p.id()).setBgpGroupId(p.bgpGroupId()).setRouterId(g.routerId())
                    .setRegionId(p.region()).setPeerIpAddress(p.peerIpAddress()).setEnableBfd(p.enableBfd())
                    .setBfdMultiHop(p.bfdMultiHop()).setIpVersion(p.ipVersion()).setStatus(p.status())
                    .setBgpStatus(CONNECT).setPeerAsn(String.valueOf(g.peerAsn()))
                    .setLocalAsn(String.valueOf(g.localAsn())).setAuthKey(g.authKey()).setIsFake(g.isFake())
                    .setRouteLimit(String.valueOf(g.routeLimit())).setHold(HOLD).setKeepalive(KEEPALIVE)
                    .setName("").setDescription("").setAdvertisedRouteCount(0).setReceivedRouteCount(0)
                    .setGmtModified(AliyunFormats.time(p.modifiedAt()));
        }));
    }

    /** PeerIpAddress, EnableBfd, BfdMultiHop; BgpGroupId, when given, must be the peer's own. */
    @Override
    public void modifyBgpPeerAttribute(AliyunCall call, ModifyBgpPeerAttributeRequest r) {
        Scope scope = call.scope();
        BgpGroup group = bgp.group(scope, bgp.peer(scope, r.bgpPeerId()).bgpGroupId());
        if (!AliyunFormats.blank(r.bgpGroupId()) && !r.bgpGroupId().equals(group.id())) {
            throw call.error("InvalidBgpPeer.NotFound", r.bgpPeerId());
        }
        bgp.modifyPeer(scope, r.bgpPeerId(), new BgpService.PeerSpec(r.peerIpAddress() == null ? null
                : peerAddress(call, r.peerIpAddress(), group.ipVersion()), r.enableBfd(),
                bfdHops(call, r.bfdMultiHop()), null));
    }

    @Override
    public void deleteBgpPeer(AliyunCall call, DeleteBgpPeerRequest r) {
        bgp.deletePeer(call.scope(), r.bgpPeerId());
    }

    /** RouterId (the caller's router), DstCidrBlock (an IPv4 block or address, kept as given), VpcId (kept). */
    @Override
    public void addBgpNetwork(AliyunCall call, AddBgpNetworkRequest r) {
        try {
            Cidr.canonical(r.dstCidrBlock());
        } catch (IllegalArgumentException e) {
            throw call.firstError(r.dstCidrBlock(), "InvalidDestCidrBlock.Malformed", "InvalidIP.Malformed");
        }
        bgp.addNetwork(call.scope(), r.routerId(), r.dstCidrBlock(), AliyunFormats.or(r.vpcId(), ""));
    }

    /** RouterId; PageNumber/PageSize (10). */
    @Override
    public DescribeBgpNetworksResponse describeBgpNetworks(AliyunCall call, DescribeBgpNetworksRequest r) {
        var out = new DescribeBgpNetworksResponse();
        List<BgpNetwork> shown = call.listed(out, call.paging(10), false, bgp.networks(call.scope(),
                one(r.routerId())));
        return out.setBgpNetworks(AliyunFormats.each(shown, DescribeBgpNetworksResponse.BgpNetwork::new,
                (item, n) -> item.setRouterId(n.routerId()).setDstCidrBlock(n.dstCidrBlock()).setVpcId(n.vpcId())
                        .setStatus(n.status())));
    }

    @Override
    public void deleteBgpNetwork(AliyunCall call, DeleteBgpNetworkRequest r) {
        bgp.deleteNetwork(call.scope(), r.routerId(), r.dstCidrBlock());
    }

    private static List<String> one(String id) {
        return AliyunFormats.blank(id) ? List.of() : List.of(id);
    }

    private static long peerAsn(AliyunCall call, Long asn) {
        if (asn == null || asn < 1 || asn > HIGHEST_ASN) {
            throw call.firstError("PeerAsn", "IllegalParam.PeerAsn", "InvalidPeerAsn.Malformed");
        }
        return asn;
    }

    private static long localAsn(AliyunCall call, long asn) {
        boolean allowed = asn == ALIBABA_ASN || asn >= 64512 && asn <= 65534
                || asn >= 4_200_000_000L && asn <= 4_294_967_294L;
        if (!allowed) throw call.firstError("LocalAsn", "IllegalParam.LocalAsn", "InvalidBgpGroup.LocalAsnInvalid");
        return asn;
    }

    private static int routeLimit(AliyunCall call, int limit) {
        if (limit < 1) throw call.firstError("RouteQuota", "IllegalParam.RouteLimit");
        return limit;
    }

    /** An IP version in any case, kept as given (the provider compares what it reads with what it sent). */
    private static String ipVersion(AliyunCall call, String given) {
        if (!IP_VERSIONS.contains(given.toLowerCase(Locale.ROOT))) throw call.invalid("IpVersion");
        return given;
    }

    private static Integer bfdHops(AliyunCall call, Integer hops) {
        if (hops != null && (hops < 1 || hops > MOST_BFD_HOPS)) {
            throw call.firstError("BfdMultiHop", "IllegalParam.BfdMultiHop");
        }
        return hops;
    }

    /** A peer's address: one of its IP version ("": none yet). */
    private static String peerAddress(AliyunCall call, String address, String version) {
        if (address.isEmpty()) return address;
        boolean v6 = "ipv6".equalsIgnoreCase(version);
        boolean ok;
        try {
            ok = v6 ? !Cidr.ipv6(address).contains("/") : Cidr.isAddress(address);
        } catch (IllegalArgumentException e) {
            ok = false;
        }
        if (!ok) {
            throw call.firstError(address, "InvalidPeerIpAddress", "IllegalParam.IpAddress", "InvalidIP.Malformed");
        }
        return address;
    }
}
