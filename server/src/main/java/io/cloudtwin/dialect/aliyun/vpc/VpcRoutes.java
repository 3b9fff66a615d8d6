package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunAnswer;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.routing.RouteEntry;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.routing.RouteTableFilter;
import io.cloudtwin.core.tag.TagService;

/**
 * Route tables and entries as the VPC product answers them (RouteTables, and through it the ECS product's deprecated
 * aliases DescribeRouteTables, CreateRouteEntry, DeleteRouteEntry with Version=2014-05-26, which older provider
 * versions and SDKs still send): the rules on the core's tables.
 */
@Component
record VpcRoutes(RouteService routes, TagService tags, ClientTokens tokens) {
    public static final String VROUTER = "VRouter";
    public static final String SYSTEM = "System";
    public static final String CUSTOM = "Custom";
    /** NextHopType in the core's words; the types of other products (VpnGateway, RouterInterface...) are not served. */
    public static final Map<String, String> HOP_KINDS = Map.of("Instance", "instance",
            "NetworkInterface", "interface", "NatGateway", "nat_gateway", "Ipv4Gateway", "ipv4_gateway", "HaVip",
            "havip");
    /** The same the other way: NextHopType by core kind. */
    public static final Map<String, String> HOP_TYPES = HOP_KINDS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** NextHopType as Aliyun writes a core next-hop kind. */
    public static String hopType(String kind) {
        return HOP_TYPES.getOrDefault(kind, kind);
    }

    /** The tables of the region that match: ids, VPC or its router, router type, type (System, Custom), name, tags. */
    public Page<RouteTable> tables(Scope scope, List<String> ids, String vpcId, String routerId, String routerType,
                                   String name, String type, Map<String, String> tagFilter, int offset, int limit) {
        boolean none = false;
        List<String> wanted = ids == null ? null : new ArrayList<>(ids);
        if (!tagFilter.isEmpty()) {
            var tagged = tags.idsHaving(scope, ResourceType.ROUTE_TABLE, tagFilter);
            if (wanted == null) wanted = new ArrayList<>(tagged);
            else wanted.retainAll(tagged);
            none = wanted.isEmpty();
        }
        String vpc = blank(vpcId) ? null : vpcId;
        if (!blank(routerId)) {
            String ofRouter = routerId.startsWith("vrt-") ? "vpc-" + routerId.substring(4) : "";
            if (vpc != null && !vpc.equals(ofRouter)) none = true;
            vpc = ofRouter;
        }
        if (!blank(routerType) && !routerType.equals(VROUTER)) none = true; // VBR tables: no border routers here
        Boolean system = null;
        if (!blank(type)) {
            if (type.equals(SYSTEM)) system = true;
            else if (type.equals(CUSTOM)) system = false;
            else none = true; // Gateway, ...: none here
        }
        if (none) return new Page<>(List.of(), 0);
        return routes.listTables(scope, new RouteTableFilter(wanted, vpc, blank(name) ? null : name, system), offset, limit);
    }

    /**
     * DescribeRouteTables: the page of the tables RouteTableId (comma-separated), VRouterId (else
     * RouterId), RouterType, RouteTableName and the type name, 10 a page; its paging fields answered with answer.
     */
    public Page<RouteTable> describe(AliyunCall call, Scope scope, AliyunAnswer answer, String routeTableIds,
                                     String vRouterId, String routerId, String routerType, String name, String type) {
        var paging = call.paging(10);
        String router = vRouterId != null && !vRouterId.isEmpty() ? vRouterId : routerId;
        Page<RouteTable> page = tables(scope, AliyunFormats.commaList(routeTableIds), null, router, routerType, name, type,
                Map.of(), paging.offset(), paging.limit());
        call.paged(answer, paging, page.total());
        return page;
    }

    /** A destination must be an IPv4 CIDR block whose address is its network's. */
    public static void destination(AliyunCall call, String cidr) {
        try {
            Cidr.parse(cidr);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw call.firstError("DestinationCidrBlock", "InvalidCidrBlock.Malformed", "InvalidDestinationCidrBlock");
        }
    }

    /**
     * CreateRouteEntry's NextHopList (ECMP over router interfaces) is not served: a list is refused, in its own words
     * when NextHopType comes with it.
     */
    public static void refuseHopList(AliyunCall call, List<?> nextHopList, String nextHopType) {
        if (nextHopList == null || nextHopList.isEmpty()) return;
        throw blank(nextHopType) ? call.firstError("NextHopList", "InvalidNexthop")
                : call.firstError("NextHopList", "InvalidNexthopTypeAndList.BothNotNull");
    }

    /** What CreateRouteEntry asks. */
    public record NewEntry(String routeTableId, String destinationCidrBlock, String nextHopType, String nextHopId,
                           String name, String description, String clientToken) {}

    /**
     * A custom entry to an instance, an ENI or a NAT gateway of the table's VPC (NextHopType Instance by default), one
     * per destination; ClientToken idempotent.
     */
    public String createEntry(AliyunCall call, NewEntry e) {
        Scope scope = call.scope();
        String kind = HOP_KINDS.get(blank(e.nextHopType()) ? "Instance" : e.nextHopType());
        if (kind == null) throw call.firstError("NextHopType", "InvalidNextHopType", "OperationFailed.InvalidNextHopType");
        if (blank(e.nextHopId())) throw call.missing("NextHopId");
        destination(call, e.destinationCidrBlock());
        var spec = new RouteService.NewEntry(e.routeTableId(), e.destinationCidrBlock(), kind, e.nextHopId(),
                e.name(), e.description());
        return call.once(tokens, scope, e.clientToken(),
                () -> routes.createEntry(scope, RouteService.newEntryId(), spec).id());
    }

    /** The custom entry of a table for a destination (NextHopId, when given, must be its next hop). */
    public void deleteEntry(AliyunCall call, String routeTableId, String destinationCidrBlock, String nextHopId) {
        if (blank(routeTableId)) throw call.missing("RouteTableId");
        if (blank(destinationCidrBlock)) throw call.missing("DestinationCidrBlock");
        destination(call, destinationCidrBlock);
        routes.deleteEntry(call.scope(), routeTableId, destinationCidrBlock, nextHopId);
    }

    /**
     * An entry of a table as DescribeRouteTables lists it: a System one (next hop local, no id, one per vSwitch CIDR
     * block of the VPC) or a custom one (next hop type and id).
     */
    public record Listed(String routeTableId, String type, String destination, String hopType, String hopId,
                         RouteEntry custom) {
        public boolean system() {
            return custom == null;
        }
    }

    /** The entries of each table (in the page's order): the System ones first, then the custom ones. */
    public Map<String, List<Listed>> entries(Scope scope, List<RouteTable> tables) {
        Map<String, List<Listed>> out = new LinkedHashMap<>();
        var custom = routes.entriesOf(tables.stream().map(RouteTable::id).toList());
        for (RouteTable t : tables) {
            List<Listed> entries = new ArrayList<>();
            for (Subnet s : routes.subnetsOf(scope, t.vpcId())) {
                entries.add(new Listed(t.id(), SYSTEM, s.cidrBlock(), "local", "", null));
            }
            for (RouteEntry e : custom) {
                if (e.routeTableId().equals(t.id())) {
                    entries.add(new Listed(t.id(), CUSTOM, e.destinationCidr(), hopType(e.nextHopKind()), e.nextHopId(), e));
                }
            }
            out.put(t.id(), entries);
        }
        return out;
    }
}
