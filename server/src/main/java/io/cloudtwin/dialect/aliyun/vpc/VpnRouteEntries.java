package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.vpn.VpnRouteEntry;
import io.cloudtwin.core.vpn.VpnRouteService;
import io.cloudtwin.core.vpn.VpnRouteService.Route;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.VpnRouteAnswer;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnPbrRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnPbrRouteEntryResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnRouteEntryResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpnPbrRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpnRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnPbrRouteEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnPbrRouteEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnRouteEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnRouteEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnPbrRouteEntryWeightRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnRouteEntryWeightRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.PublishVpnRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The route entries of VPN gateways (alicloud_vpn_route_entry by destination, alicloud_vpn_pbr_route_entry by
 * policy), each to a VPN connection of the gateway, weighted 100 (active) or 0 (standby): State published when
 * published to the VPC, normal otherwise, at once. An entry is named as the API names it: its gateway, destination and
 * next hop (and source, by policy), with its weight where the API asks for it. Nothing is routed.
 */
@Component
record VpnRouteEntries(VpnRouteService routes, ClientTokens tokens)
        implements VpcApi.CreateVpnRouteEntry, VpcApi.DescribeVpnRouteEntries, VpcApi.PublishVpnRouteEntry,
        VpcApi.ModifyVpnRouteEntryWeight, VpcApi.DeleteVpnRouteEntry, VpcApi.CreateVpnPbrRouteEntry,
        VpcApi.DescribeVpnPbrRouteEntries, VpcApi.ModifyVpnPbrRouteEntryWeight, VpcApi.DeleteVpnPbrRouteEntry {
    private static final Set<Integer> WEIGHTS = Set.of(0, 100);
    /** RouteType of PublishVpnRouteEntry: the destination-based table, or the policy-based one. */
    private static final String DESTINATION = "dbr";
    private static final String POLICY = "pbr";
    private static final String CUSTOM = "custom";
    /** The priority a policy-based entry has when none is given. */
    private static final int DEFAULT_PRIORITY = 10;

    @Override
    public CreateVpnRouteEntryResponse createVpnRouteEntry(AliyunCall call, CreateVpnRouteEntryRequest r) {
        Route route = route(call, r.vpnGatewayId(), false, "", r.routeDest(), r.nextHop());
        VpnRouteEntry e = create(call, route, r.weight(), r.publishVpc(), r.description(), DEFAULT_PRIORITY,
                r.clientToken());
        return entry(new CreateVpnRouteEntryResponse(), e).setDescription(e.description()).setOverlayMode("");
    }

    @Override
    public DescribeVpnRouteEntriesResponse describeVpnRouteEntries(AliyunCall call, DescribeVpnRouteEntriesRequest r) {
        if (!blank(r.routeEntryType()) && !Set.of(CUSTOM, "bgp").contains(r.routeEntryType())) {
            throw call.error("IllegalParam.RouteEntryType");
        }
        var paging = call.paging(10);
        Page<VpnRouteEntry> page = routes.list(call.scope(), r.vpnGatewayId(), false, paging.offset(),
                paging.limit());
        List<VpnRouteEntry> shown = "bgp".equals(r.routeEntryType()) ? List.of() : page.items();
        var out = new DescribeVpnRouteEntriesResponse().setVpnRouteEntries(AliyunFormats.each(shown,
                DescribeVpnRouteEntriesResponse.VpnRouteEntry::new, (item, e) -> entry(item, e)
                        .setRouteEntryType(CUSTOM).setSource("").setNextHopTunnelId("")));
        return call.paged(out, paging, shown.isEmpty() ? 0 : page.total());
    }

    @Override
    public void publishVpnRouteEntry(AliyunCall call, PublishVpnRouteEntryRequest r) {
        boolean policy = switch (r.routeType()) {
            case DESTINATION -> false;
            case POLICY -> true;
            default -> throw call.invalid("RouteType");
        };
        routes.publish(call.scope(), new Route(r.vpnGatewayId(), policy,
                AliyunFormats.orNull(r.routeSource()), r.routeDest(), r.nextHop()), r.publishVpc());
    }

    @Override
    public void modifyVpnRouteEntryWeight(AliyunCall call, ModifyVpnRouteEntryWeightRequest r) {
        routes.reweigh(call.scope(), new Route(r.vpnGatewayId(), false, "", r.routeDest(), r.nextHop()),
                r.weight(), weight(call, r.newWeight()));
    }

    @Override
    public void deleteVpnRouteEntry(AliyunCall call, DeleteVpnRouteEntryRequest r) {
        routes.delete(call.scope(), new Route(r.vpnGatewayId(), false, "", r.routeDest(), r.nextHop()),
                r.weight());
    }

    @Override
    public CreateVpnPbrRouteEntryResponse createVpnPbrRouteEntry(AliyunCall call, CreateVpnPbrRouteEntryRequest r) {
        if (r.priority() != null && (r.priority() < 1 || r.priority() > 100)) throw call.invalid("Priority");
        Route route = route(call, r.vpnGatewayId(), true, block(call, r.routeSource()), r.routeDest(), r.nextHop());
        VpnRouteEntry e = create(call, route, r.weight(), r.publishVpc(), r.description(),
                r.priority() == null ? DEFAULT_PRIORITY : r.priority(), r.clientToken());
        return entry(new CreateVpnPbrRouteEntryResponse(), e).setRouteSource(e.routeSource())
                .setPriority(e.priority()).setDescription(e.description()).setOverlayMode("");
    }

    @Override
    public DescribeVpnPbrRouteEntriesResponse describeVpnPbrRouteEntries(AliyunCall call,
                                                                         DescribeVpnPbrRouteEntriesRequest r) {
        var paging = call.paging(10);
        Page<VpnRouteEntry> page = routes.list(call.scope(), r.vpnGatewayId(), true, paging.offset(),
                paging.limit());
        var out = new DescribeVpnPbrRouteEntriesResponse().setVpnPbrRouteEntries(AliyunFormats.each(page.items(),
                DescribeVpnPbrRouteEntriesResponse.VpnPbrRouteEntry::new, (item, e) -> entry(item, e)
                        .setRouteSource(e.routeSource()).setPriority(e.priority()).setNextHopTunnelId("")));
        return call.paged(out, paging, page.total());
    }

    @Override
    public void modifyVpnPbrRouteEntryWeight(AliyunCall call, ModifyVpnPbrRouteEntryWeightRequest r) {
        routes.reweigh(call.scope(), new Route(r.vpnGatewayId(), true, r.routeSource(), r.routeDest(),
                r.nextHop()), r.weight(), weight(call, r.newWeight()));
    }

    @Override
    public void deleteVpnPbrRouteEntry(AliyunCall call, DeleteVpnPbrRouteEntryRequest r) {
        routes.delete(call.scope(), new Route(r.vpnGatewayId(), true, r.routeSource(), r.routeDest(),
                r.nextHop()), r.weight());
    }

    private VpnRouteEntry create(AliyunCall call, Route route, Integer weight, Boolean publish, String description,
                                 int priority, String clientToken) {
        int w = weight(call, weight);
        String text = blank(description) ? "" : AliyunFormats.description(call, "Description", description);
        var scope = call.scope();
        String id = call.once(tokens, scope, clientToken, () -> routes.create(scope, Ids.random("vre-", 20), route, w,
                Boolean.TRUE.equals(publish), text, priority).id());
        return routes.get(scope, id);
    }

    private static Route route(AliyunCall call, String gateway, boolean policy, String source, String dest,
                               String nextHop) {
        return new Route(gateway, policy, source, block(call, dest), nextHop);
    }

    private static String block(AliyunCall call, String block) {
        try {
            Cidr.parse(block);
            return block;
        } catch (IllegalArgumentException e) {
            throw call.firstError(block, "IllegalParam.RouteDest", "InvalidCidrBlock.Malformed");
        }
    }

    private static int weight(AliyunCall call, Integer weight) {
        if (weight == null || !WEIGHTS.contains(weight)) throw call.firstError("Weight", "VpnRouteEntry.InvalidWeight");
        return weight;
    }

    private static <T extends VpnRouteAnswer> T entry(T out, VpnRouteEntry e) {
        out.setVpnInstanceId(e.vpnGatewayId()).setNextHop(e.nextHop()).setRouteDest(e.routeDest())
                .setWeight(e.weight()).setState(e.published() ? "published" : "normal")
                .setCreateTime(AliyunFormats.millis(e.createdAt()));
        return out;
    }
}
