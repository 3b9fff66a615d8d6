package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunRoutes;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateRouteEntryResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteRouteEntryResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRouteTablesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRouteTablesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * The ECS product's deprecated route actions (Version=2014-05-26; older provider versions read route entries through
 * DescribeRouteTables, aliyungo and fog-aliyun write them through ECS): the same tables and entries as the VPC
 * product's actions, under the same rules (AliyunRoutes), answered in the ECS metadata's own schemas.
 */
@Component
record EcsRoutes(AliyunRoutes routes, TagService tags)
        implements EcsApi.DescribeRouteTables, EcsApi.CreateRouteEntry, EcsApi.DeleteRouteEntry {
    private static final String AVAILABLE = "Available";

    @Override
    @Coverage("deprecated: the VPC product's DescribeRouteTables (RouteTableId, VRouterId or RouterId, RouterType "
            + "VRouter, RouteTableName, paging): each table with a System entry per vSwitch CIDR block and its custom ones, "
            + "in its VPC's resource group")
    public DescribeRouteTablesResponse describeRouteTables(AliyunCall call, DescribeRouteTablesRequest r) {
        var scope = call.scope();
        var out = new DescribeRouteTablesResponse();
        Page<RouteTable> page = routes.describe(call, scope, out, r.routeTableId(), r.vRouterId(), r.routerId(),
                r.routerType(), r.routeTableName(), null);
        var listed = routes.entries(scope, page.items());
        var grouped = tags.groups(page.items().stream().map(RouteTable::vpcId).distinct().toList(),
                call.defaultResourceGroup());
        return out.setRouteTables(page.items().stream().map(t -> new DescribeRouteTablesResponse.RouteTable()
                .setRouteTableId(t.id()).setRouteTableType(t.system() ? AliyunRoutes.SYSTEM : AliyunRoutes.CUSTOM)
                .setVRouterId(RouteTable.routerId(t.vpcId())).setCreationTime(AliyunFormats.time(t.createdAt()))
                .setResourceGroupId(grouped.get(t.vpcId())).setRouteEntrys(listed.get(t.id()).stream().map(EcsRoutes::entry).toList()))
                .toList());
    }

    private static DescribeRouteTablesResponse.RouteEntry entry(AliyunRoutes.Listed e) {
        return new DescribeRouteTablesResponse.RouteEntry().setRouteTableId(e.routeTableId()).setType(e.type())
                .setStatus(AVAILABLE).setDestinationCidrBlock(e.destination()).setNextHopType(e.hopType())
                .setInstanceId(e.hopId()).setNextHops(e.system() ? List.of() : List.of(new DescribeRouteTablesResponse
                        .NextHop().setNextHopType(e.hopType()).setNextHopId(e.hopId()).setEnabled(1).setWeight(0)));
    }

    @Override
    @Coverage("deprecated: the VPC product's CreateRouteEntry (NextHopType Instance, NetworkInterface or NatGateway, "
            + "default Instance; NextHopId; ClientToken); NextHopList (ECMP over router interfaces) is not served")
    public CreateRouteEntryResponse createRouteEntry(AliyunCall call, CreateRouteEntryRequest r) {
        AliyunRoutes.refuseHopList(call, r.nextHopList(), r.nextHopType());
        routes.createEntry(call, new AliyunRoutes.NewEntry(r.routeTableId(), r.destinationCidrBlock(), r.nextHopType(),
                r.nextHopId(), "", "", r.clientToken()), () -> { });
        return new CreateRouteEntryResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's DeleteRouteEntry by RouteTableId and DestinationCidrBlock (NextHopId, or "
            + "a NextHopList of one, when given, must be its next hop)")
    public DeleteRouteEntryResponse deleteRouteEntry(AliyunCall call, DeleteRouteEntryRequest r) {
        String hop = r.nextHopId();
        if (r.nextHopList() != null && !r.nextHopList().isEmpty()) {
            if (hop != null && !hop.isEmpty()) throw call.firstError("NextHopList", "ParamExclusive.NextHopIdAndList");
            if (r.nextHopList().size() != 1) throw call.firstError("NextHopList", "InvalidNextHopList.Size");
            hop = r.nextHopList().get(0).nextHopId();
        }
        routes.deleteEntry(call, r.routeTableId(), r.destinationCidrBlock(), hop, () -> { });
        return new DeleteRouteEntryResponse();
    }
}
