package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.routing.RouteEntry;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.routing.RouteService.EntryChange;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.routing.RouteTableFilter;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AssociateRouteTableRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CloneRouteTableRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CloneRouteTableResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateRouteTableRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateRouteTableResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteRouteTableRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeRouteTableRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeRouteTableResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.ModifyRouteRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.RouteRuleInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.RouteTableInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateRouteTableAttributeRequest;

/**
 * Route tables of a VPC (UCloud's route table introduction and API; terraform-provider-ucloud's ucloud_route_table,
 * ucloud_route_table_rule and ucloud_route_table_association). Every VPC has its default table (RouteTableType 1),
 * made with it, which holds only system rules (one LOCAL rule a block of the VPC) and cannot be edited, given rules or
 * deleted; custom tables (RouteTableType 0) hold at most 50 custom rules, one a destination, each to an instance (a
 * UHost) or a VIP of the VPC. A subnet is always bound to one table, the default one until AssociateRouteTable moves
 * it (without RouteTableId, as the provider's association does on destroy: back to the default table). A custom
 * table goes with its rules but not while subnets are bound to it (58119), and with its VPC.
 */
@Component
record VpcRouteTables(RouteService routes, NetworkService networks, TagService tags) implements
        UcloudVpcApi.CreateRouteTable, UcloudVpcApi.DescribeRouteTable, UcloudVpcApi.UpdateRouteTableAttribute,
        UcloudVpcApi.DeleteRouteTable, UcloudVpcApi.AssociateRouteTable, UcloudVpcApi.ModifyRouteRule,
        UcloudVpcApi.CloneRouteTable {
    /** The custom rules a table may hold (UCloud's route table limits). */
    private static final int MAX_RULES = 50;
    private static final int MAX_LIMIT = 1000;
    private static final String DEFAULT_GROUP = "Default";
    /** RouteTableType: the VPC's default table, a custom one; RuleType: a system rule, a custom one. */
    private static final int DEFAULT_TABLE = 1;
    private static final int CUSTOM_TABLE = 0;
    private static final int SYSTEM_RULE = 0;
    private static final int CUSTOM_RULE = 1;
    /** The next hop types ModifyRouteRule takes (any case), the core's kinds, and how a rule answers them. */
    private static final Map<String, String> HOP_KINDS = Map.of("instance", "instance", "vip", "havip");
    private static final Map<String, String> WIRE_HOP_TYPES = Map.of("instance", "INSTANCE", "havip", "VIP");
    /** RouteRule.N: RouteRuleId|DstAddr|NexthopType|NexthopId|Priority|Remark|add, delete or update. */
    private static final Pattern FIELDS = Pattern.compile("\\s*\\|\\s*");
    private static final Map<String, EntryChange.Op> OPS = Map.of("add", EntryChange.Op.ADD, "update",
            EntryChange.Op.UPDATE, "delete", EntryChange.Op.DELETE);

    @Override
    public CreateRouteTableResponse createRouteTable(UcloudCall call, CreateRouteTableRequest r) {
        Scope scope = call.scope();
        var spec = new RouteService.NewTable(r.vpcId(), text(r.name(), "RouteTable", "Name", NAME),
                text(r.remark(), "", "Remark", REMARK), null);
        String id = tags.createIn(ResourceType.ROUTE_TABLE, group(r.tag()), () -> routes.createTable(scope,
                Ids.Shape.ROUTE_TABLE.next(Cloud.UCLOUD), spec, Map.of()).id());
        return new CreateRouteTableResponse().setRouteTableId(id);
    }

    /** An unknown RouteTableId lists nothing (RetCode 0): the provider reads an empty RouteTables as gone. */
    @Override
    public DescribeRouteTableResponse describeRouteTable(UcloudCall call, DescribeRouteTableRequest r) {
        Scope scope = call.scope();
        var page = routes.listTables(scope, new RouteTableFilter(UcloudFormats.empty(r.routeTableId()) ? null
                : List.of(r.routeTableId()), UcloudFormats.empty(r.vpcId()) ? null : r.vpcId(), null, null),
                UcloudFormats.offset(r.offSet()), UcloudFormats.limit(r.limit(), MAX_LIMIT));
        List<RouteTable> tables = page.items();
        List<String> ids = tables.stream().map(RouteTable::id).toList();
        Map<String, List<String>> subnets = routes.vSwitchesOf(scope, tables);
        Map<String, String> groups = tags.groups(ids, DEFAULT_GROUP);
        Map<String, List<RouteEntry>> rules = routes.entriesOf(ids).stream()
                .collect(Collectors.groupingBy(RouteEntry::routeTableId));
        Map<String, Vpc> vpcs = new HashMap<>();
        for (RouteTable t : tables) vpcs.computeIfAbsent(t.vpcId(), id -> networks.vpc(scope, id));
        return new DescribeRouteTableResponse().setTotalCount(UcloudFormats.total(page)).setRouteTables(tables.stream()
                .map(t -> new RouteTableInfo().setRouteTableId(t.id())
                        .setRouteTableType(t.system() ? DEFAULT_TABLE : CUSTOM_TABLE)
                        .setSubnetCount(subnets.get(t.id()).size()).setSubnetIds(subnets.get(t.id()))
                        .setVpcId(t.vpcId()).setVpcName(vpcs.get(t.vpcId()).name()).setTag(groups.get(t.id()))
                        .setRemark(t.description()).setCreateTime(unix(t.createdAt()))
                        .setRouteRules(r.brief() ? null : rules(t, vpcs.get(t.vpcId()),
                                rules.getOrDefault(t.id(), List.of()))))
                .toList());
    }

    /** The default table cannot be edited; Tag empty or Default puts the table back in the default group. */
    @Override
    public void updateRouteTableAttribute(UcloudCall call, UpdateRouteTableAttributeRequest r) {
        Scope scope = call.scope();
        if (routes.table(scope, r.routeTableId()).system()) {
            throw new DomainException(DomainError.SYSTEM_ROUTE_TABLE, r.routeTableId());
        }
        routes.modifyTable(scope, r.routeTableId(), text(r.name(), "Name", NAME), text(r.remark(), "Remark", REMARK));
        if (r.tag() != null) tags.regroup(scope, ResourceType.ROUTE_TABLE, r.routeTableId(), group(r.tag()));
    }

    @Override
    public void deleteRouteTable(UcloudCall call, DeleteRouteTableRequest r) {
        routes.deleteTable(call.scope(), r.routeTableId(), true);
    }

    @Override
    public void associateRouteTable(UcloudCall call, AssociateRouteTableRequest r) {
        routes.bind(call.scope(), r.subnetId(), r.routeTableId());
    }

    /**
     * RouteRule.N, applied in order in one transaction: add (the RouteRuleId sent is a placeholder: the rule gets its
     * own), update (the next hop and remark) or delete a rule named by its RouteRuleId or, failing that, its DstAddr;
     * Priority is reserved (0).
     */
    @Override
    public void modifyRouteRule(UcloudCall call, ModifyRouteRuleRequest r) {
        List<EntryChange> changes = new ArrayList<>();
        for (int i = 0; i < r.routeRule().size(); i++) changes.add(change(call, "RouteRule." + i, r.routeRule().get(i)));
        routes.changeEntries(call.scope(), r.routeTableId(), changes, MAX_RULES);
    }

    /** A new custom table of the source's VPC with its name, remark, group and custom rules, and no subnet. */
    @Override
    public CloneRouteTableResponse cloneRouteTable(UcloudCall call, CloneRouteTableRequest r) {
        Scope scope = call.scope();
        String group = tags.group(r.routeTableId(), null);
        String id = tags.createIn(ResourceType.ROUTE_TABLE, group, () -> routes.cloneTable(scope, r.routeTableId(),
                Ids.Shape.ROUTE_TABLE.next(Cloud.UCLOUD), () -> Ids.Shape.ROUTE_ENTRY.next(Cloud.UCLOUD)).id());
        return new CloneRouteTableResponse().setRouteTableId(id);
    }

    private static EntryChange change(UcloudCall call, String param, String rule) {
        String[] f = FIELDS.split(rule.trim(), -1);
        if (f.length != 7) throw call.invalid(param);
        EntryChange.Op op = OPS.get(f[6].toLowerCase(Locale.ROOT));
        String kind = HOP_KINDS.get(f[2].toLowerCase(Locale.ROOT));
        if (op == null || (op != EntryChange.Op.DELETE && (kind == null || f[3].isEmpty()))) throw call.invalid(param);
        String remark = text(f[5], param, REMARK);
        return switch (op) {
            case ADD -> new EntryChange(op, Ids.Shape.ROUTE_ENTRY.next(Cloud.UCLOUD), f[1], kind, f[3], remark);
            case UPDATE -> new EntryChange(op, f[0], f[1], kind, f[3], remark);
            case DELETE -> new EntryChange(op, f[0], f[1], null, null, null);
        };
    }

    /** The table's rules: a LOCAL system rule for each block of its VPC, then its custom rules in creation order. */
    private static List<RouteRuleInfo> rules(RouteTable t, Vpc vpc, List<RouteEntry> custom) {
        int account = UcloudFormats.account(t.accountId());
        List<RouteRuleInfo> out = new ArrayList<>();
        for (String block : vpc.cidrBlocks()) {
            out.add(rule(t, account, "", block, "LOCAL", "").setRuleType(SYSTEM_RULE).setRemark(""));
        }
        for (RouteEntry e : custom) {
            out.add(rule(t, account, e.id(), e.destinationCidr(), WIRE_HOP_TYPES.get(e.nextHopKind()), e.nextHopId())
                    .setInstanceType(e.nextHopKind().equals("instance") ? "UHOST" : null).setRuleType(CUSTOM_RULE)
                    .setRemark(e.description()));
        }
        return out;
    }

    /** A rule with the fields UCloud reserves at their zero values (ports, source and origin, VNetId). */
    private static RouteRuleInfo rule(RouteTable t, int account, String id, String destination, String hopType,
                                      String hopId) {
        return new RouteRuleInfo().setRouteTableId(t.id()).setAccountId(account).setRouteRuleId(id)
                .setDstAddr(destination).setNexthopType(hopType).setNexthopId(hopId).setPriority(0).setDstPort(0)
                .setSrcPort(0).setSrcAddr("").setOriginAddr("").setVNetId("");
    }

    /** Tag: the table's business group; empty or Default is the default group. */
    private static String group(String tag) {
        if (tag == null || tag.isEmpty() || tag.equals(DEFAULT_GROUP)) return null;
        return text(tag, "Tag", TAG);
    }
}
