package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.routing.RouteEntry;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateRouteTableRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateRouteEntryResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateRouteTableRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateRouteTableResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteRouteTableRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteEntryListRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteEntryListResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVpcPublishedRouteEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVpcPublishedRouteEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteTableListRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteTableListResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteTablesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRouteTablesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyRouteEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyRouteTableAttributesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateRouteTableRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * VPC route tables: each VPC's system table (vtb- and the VPC id's suffix, as CreateVpc answers it) and custom tables
 * associated with vSwitches of their VPC (or, AssociateType Gateway, with its IPv4 gateway), their custom entries to
 * an ECS instance, a network interface or a NAT gateway of the VPC, and a System entry (next hop local) for each
 * vSwitch's CIDR block. Everything is Available at once: no table or entry stays in a pending state.
 */
@Component
record RouteTables(RouteService routes, TagService tags, ClientTokens tokens, VpcRoutes shared)
        implements VpcApi.CreateRouteTable, VpcApi.ModifyRouteTableAttributes, VpcApi.DeleteRouteTable,
        VpcApi.AssociateRouteTable, VpcApi.UnassociateRouteTable, VpcApi.DescribeRouteTableList,
        VpcApi.DescribeRouteTables, VpcApi.CreateRouteEntry, VpcApi.DeleteRouteEntry, VpcApi.ModifyRouteEntry,
        VpcApi.DescribeRouteEntryList, VpcApi.ListVpcPublishedRouteEntries {
    private static final String AVAILABLE = "Available";
    private static final String SYSTEM = VpcRoutes.SYSTEM;
    private static final String CUSTOM = VpcRoutes.CUSTOM;
    private static final String VROUTER = VpcRoutes.VROUTER;
    /** What a custom table is for: vSwitches, or a gateway (a gateway route table). */
    private static final Set<String> ASSOCIATE_TYPES = Set.of(RouteTable.FOR_VSWITCH, RouteTable.FOR_GATEWAY);
    private static final Map<String, String> HOP_KINDS = VpcRoutes.HOP_KINDS;

    @Override
    public CreateRouteTableResponse createRouteTable(AliyunCall call, CreateRouteTableRequest r) {
        Scope scope = call.scope();
        String associateType = blank(r.associateType()) ? RouteTable.FOR_VSWITCH : r.associateType();
        if (!ASSOCIATE_TYPES.contains(associateType)) throw call.invalid("AssociateType");
        Map<String, String> tagged = call.tags(r.tag());
        var spec = new RouteService.NewTable(r.vpcId(), r.routeTableName(), r.description(), associateType);
        String created = call.once(tokens, scope, r.clientToken(),
                () -> routes.createTable(scope, RouteService.newTableId(), spec, tagged).id());
        return new CreateRouteTableResponse().setRouteTableId(created);
    }

    @Override
    public void modifyRouteTableAttributes(AliyunCall call, ModifyRouteTableAttributesRequest r) {
        routes.modifyTable(call.scope(), r.routeTableId(), r.routeTableName(), r.description());
    }

    @Override
    public void deleteRouteTable(AliyunCall call, DeleteRouteTableRequest r) {
        routes.deleteTable(call.scope(), r.routeTableId());
    }

    @Override
    public void associateRouteTable(AliyunCall call, AssociateRouteTableRequest r) {
        routes.associate(call.scope(), r.routeTableId(), r.vSwitchId());
    }

    @Override
    public void unassociateRouteTable(AliyunCall call, UnassociateRouteTableRequest r) {
        routes.unassociate(call.scope(), r.routeTableId(), r.vSwitchId());
    }

    @Override
    public DescribeRouteTableListResponse describeRouteTableList(AliyunCall call, DescribeRouteTableListRequest r) {
        Scope scope = call.scope();
        var paging = call.paging(10);
        var out = new DescribeRouteTableListResponse();
        Page<RouteTable> page;
        if (AliyunFormats.blank(r.resourceGroupId())) {
            page = shared().tables(scope, AliyunFormats.commaList(r.routeTableId()), r.vpcId(), r.routerId(),
                    r.routerType(), r.routeTableName(), r.routeTableType(), call.tags(r.tag()), paging.offset(),
                    paging.limit());
        } else {
            // the tables of the VPCs in that group, paged here
            var inGroup = tags.narrow(scope, ResourceType.VPC, List.of(), Map.of(), r.resourceGroupId(),
                    call.defaultResourceGroup()).orElse(List.of());
            var all = shared().tables(scope, AliyunFormats.commaList(r.routeTableId()), r.vpcId(), r.routerId(),
                    r.routerType(), r.routeTableName(), r.routeTableType(), call.tags(r.tag()), 0, Integer.MAX_VALUE)
                    .items().stream().filter(t -> inGroup.contains(t.vpcId())).toList();
            page = new Page<>(AliyunFormats.page(all, paging), all.size());
        }
        call.paged(out, paging, page.total());
        var vSwitches = routes.vSwitchesOf(scope, page.items());
        List<String> ids = page.items().stream().map(RouteTable::id).toList();
        var gateways = routes.gatewaysOf(ids);
        var tagged = tags.of(ids);
        var grouped = tags.groups(page.items().stream().map(RouteTable::vpcId).distinct().toList(),
                call.defaultResourceGroup());
        return out.setRouterTableList(page.items().stream().map(t -> new DescribeRouteTableListResponse.RouterTableListType()
                .setRouteTableId(t.id()).setVpcId(t.vpcId()).setRouterId(RouteTable.routerId(t.vpcId()))
                .setRouterType(VROUTER).setRouteTableType(t.system() ? SYSTEM : CUSTOM).setRouteTableName(t.name())
                .setDescription(t.description()).setAssociateType(t.associateType()).setStatus(AVAILABLE)
                .setCreationTime(AliyunFormats.time(t.createdAt())).setOwnerId(AliyunFormats.ownerId(t.accountId()))
                .setResourceGroupId(grouped.get(t.vpcId())).setRoutePropagationEnable(true)
                .setVSwitchIds(vSwitches.getOrDefault(t.id(), List.of()))
                .setGatewayIds(gateways.getOrDefault(t.id(), List.of()))
                .setTags(AliyunFormats.keyValueTags(tagged.get(t.id()), DescribeRouteTableListResponse.Tag::new)))
                .toList());
    }

    @Override
    public DescribeRouteTablesResponse describeRouteTables(AliyunCall call, DescribeRouteTablesRequest r) {
        Scope scope = call.scope();
        var out = new DescribeRouteTablesResponse();
        Page<RouteTable> page = shared().describe(call, scope, out, r.routeTableId(), r.vRouterId(), r.routerId(),
                r.routerType(), r.routeTableName(), r.type());
        var vSwitches = routes.vSwitchesOf(scope, page.items());
        var listed = shared().entries(scope, page.items());
        var grouped = tags.groups(page.items().stream().map(RouteTable::vpcId).distinct().toList(),
                call.defaultResourceGroup());
        List<DescribeRouteTablesResponse.RouteTable> tables = new ArrayList<>();
        for (RouteTable t : page.items()) {
            List<DescribeRouteTablesResponse.RouteEntry> entries = new ArrayList<>();
            for (VpcRoutes.Listed e : listed.get(t.id())) {
                var entry = new DescribeRouteTablesResponse.RouteEntry().setRouteTableId(t.id()).setType(e.type())
                        .setStatus(AVAILABLE).setDestinationCidrBlock(e.destination()).setNextHopType(e.hopType())
                        .setInstanceId(e.hopId());
                if (e.system()) {
                    entry.setRouteEntryId("").setRouteEntryName("").setDescription("").setNextHops(List.of());
                } else {
                    entry.setRouteEntryId(e.custom().id()).setRouteEntryName(e.custom().name())
                            .setDescription(e.custom().description()).setNextHops(List.of(
                                    new DescribeRouteTablesResponse.NextHop().setNextHopType(e.hopType())
                                            .setNextHopId(e.hopId()).setEnabled(1).setWeight(0)));
                }
                entries.add(entry);
            }
            tables.add(new DescribeRouteTablesResponse.RouteTable().setRouteTableId(t.id())
                    .setRouteTableType(t.system() ? SYSTEM : CUSTOM).setVRouterId(RouteTable.routerId(t.vpcId()))
                    .setStatus(AVAILABLE).setCreationTime(AliyunFormats.time(t.createdAt()))
                    .setResourceGroupId(grouped.get(t.vpcId())).setVSwitchIds(vSwitches.getOrDefault(t.id(), List.of())).setRouteEntrys(entries));
        }
        return out.setRouteTables(tables);
    }

    @Override
    public CreateRouteEntryResponse createRouteEntry(AliyunCall call, CreateRouteEntryRequest r) {
        VpcRoutes.refuseHopList(call, r.nextHopList(), r.nextHopType());
        String id = shared().createEntry(call, new VpcRoutes.NewEntry(r.routeTableId(), r.destinationCidrBlock(),
                r.nextHopType(), r.nextHopId(), r.routeEntryName(), r.description(), r.clientToken()));
        return new CreateRouteEntryResponse().setRouteEntryId(id);
    }

    @Override
    public void deleteRouteEntry(AliyunCall call, DeleteRouteEntryRequest r) {
        Scope scope = call.scope();
        if (r.routeEntryId() != null && !r.routeEntryId().isEmpty()) {
            routes.deleteEntry(scope, r.routeEntryId());
            return;
        }
        String hop = r.nextHopId();
        if (r.nextHopList() != null && !r.nextHopList().isEmpty()) {
            if (hop != null && !hop.isEmpty()) throw call.firstError("NextHopList", "ParamExclusive.NextHopIdAndList");
            if (r.nextHopList().size() != 1) throw call.firstError("NextHopList", "InvalidNextHopList.Size");
            hop = r.nextHopList().get(0).nextHopId();
        }
        shared().deleteEntry(call, r.routeTableId(), r.destinationCidrBlock(), hop);
    }

    @Override
    public void modifyRouteEntry(AliyunCall call, ModifyRouteEntryRequest r) {
        Scope scope = call.scope();
        boolean newType = r.newNextHopType() != null && !r.newNextHopType().isEmpty();
        boolean newId = r.newNextHopId() != null && !r.newNextHopId().isEmpty();
        if (newType && !newId) throw call.firstError("NewNextHopId", "MissingParam.NewNextHopId");
        if (newId && !newType) throw call.firstError("NewNextHopType", "MissingParam.NewNextHopType");
        String kind = newType ? HOP_KINDS.get(r.newNextHopType()) : null;
        if (newType && kind == null) throw call.firstError("NewNextHopType", "IllegealParam.NextHopType");
        String id = r.routeEntryId();
        if (id == null || id.isEmpty()) {
            if (r.routeTableId() == null || r.routeTableId().isEmpty() || r.destinationCidrBlock() == null
                    || r.destinationCidrBlock().isEmpty()) {
                throw call.firstError("RouteEntryId", "MissingParam.RouteEntryId");
            }
            VpcRoutes.destination(call, r.destinationCidrBlock());
            id = routes.entryFor(scope, r.routeTableId(), r.destinationCidrBlock()).id();
        }
        routes.modifyEntry(scope, id, r.routeEntryName(), r.description(), kind, newId ? r.newNextHopId() : null);
    }

    @Override
    public DescribeRouteEntryListResponse describeRouteEntryList(AliyunCall call, DescribeRouteEntryListRequest r) {
        Scope scope = call.scope();
        RouteTable t = routes.table(scope, r.routeTableId());
        var paging = call.paging(r.maxResult() == null || r.maxResult() < 1 ? 500 : r.maxResult());
        List<Row> all = new ArrayList<>();
        for (Subnet s : routes.subnetsOf(scope, t.vpcId())) {
            all.add(new Row("", SYSTEM, s.cidrBlock(), "", "", "local", "", s.createdAt()));
        }
        for (RouteEntry e : routes.entriesOf(List.of(t.id()))) {
            all.add(new Row(e.id(), CUSTOM, e.destinationCidr(), e.name(), e.description(),
                    VpcRoutes.hopType(e.nextHopKind()), e.nextHopId(), e.createdAt()));
        }
        Predicate<Row> match = matches(r.routeEntryId(), Row::id)
                .and(matches(r.destinationCidrBlock(), Row::destination))
                .and(matches(r.routeEntryName(), Row::name))
                .and(matches(r.routeEntryType(), Row::type))
                .and(matches(r.nextHopId(), Row::hopId))
                .and(matches(r.nextHopType(), Row::hopType));
        if (!blank(r.ipVersion())) match = match.and(e -> r.ipVersion().equalsIgnoreCase("IPv4"));
        if (r.destCidrBlockList() != null && !r.destCidrBlockList().isEmpty()) {
            match = match.and(e -> r.destCidrBlockList().contains(e.destination()));
        }
        List<Row> matching = all.stream().filter(match).toList();
        var out = new DescribeRouteEntryListResponse();
        call.paged(out, paging, matching.size());
        return out.setRouteEntrys(AliyunFormats.page(matching, paging).stream().map(e -> listed(t, e)).toList());
    }

    @Override
    public ListVpcPublishedRouteEntriesResponse listVpcPublishedRouteEntries(AliyunCall call,
                                                                             ListVpcPublishedRouteEntriesRequest r) {
        RouteTable t = routes.table(call.scope(), r.routeTableId());
        if (blank(r.targetType())) throw call.missing("TargetType");
        var paging = call.paging(500);
        List<RouteEntry> matching = routes.entriesOf(List.of(t.id())).stream()
                .filter(e -> blank(r.destinationCidrBlock()) || r.destinationCidrBlock().equals(e.destinationCidr()))
                .toList();
        var out = new ListVpcPublishedRouteEntriesResponse();
        call.paged(out, paging, matching.size());
        return out.setRouteEntries(AliyunFormats.page(matching, paging).stream()
                .map(e -> new ListVpcPublishedRouteEntriesResponse.RouteEntries().setRouteTableId(t.id())
                        .setDestinationCidrBlock(e.destinationCidr()).setRoutePublishTargets(List.of()))
                .toList());
    }

    /** An entry as DescribeRouteEntryList lists it: a System one (next hop local, no id) or a custom one. */
    private record Row(String id, String type, String destination, String name, String description, String hopType,
                       String hopId, OffsetDateTime modified) {}

    private static DescribeRouteEntryListResponse.RouteEntry listed(RouteTable t, Row e) {
        var hop = new DescribeRouteEntryListResponse.NextHop().setNextHopType(e.hopType()).setNextHopId(e.hopId())
                .setNextHopRegionId(t.region()).setEnabled(1).setWeight(0);
        if (!e.hopId().isEmpty()) {
            hop.setNextHopRelatedInfo(new DescribeRouteEntryListResponse.NextHopRelatedInfo().setInstanceId(e.hopId())
                    .setInstanceType(e.hopType()).setRegionId(t.region()));
        }
        return new DescribeRouteEntryListResponse.RouteEntry().setRouteTableId(t.id()).setRouteEntryId(e.id())
                .setType(e.type()).setStatus(AVAILABLE).setIpVersion("ipv4").setDestinationCidrBlock(e.destination())
                .setRouteEntryName(e.name()).setDescription(e.description()).setServiceType("")
                .setOrigin(e.type().equals(SYSTEM) ? "System" : "Custom")
                .setGmtModified(AliyunFormats.time(e.modified())).setNextHops(List.of(hop));
    }

    private static <T> Predicate<T> matches(String wanted, Function<T, String> value) {
        if (wanted == null || wanted.isEmpty()) return x -> true;
        return x -> Objects.equals(wanted, value.apply(x));
    }
}
