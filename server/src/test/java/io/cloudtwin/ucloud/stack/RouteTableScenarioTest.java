package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.net.NetApi.DescribeSubnetResponse;
import io.cloudtwin.ucloud.stack.StackApi.AllocateVIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeRouteTableResponse;
import io.cloudtwin.ucloud.stack.StackApi.RouteRuleInfo;
import io.cloudtwin.ucloud.stack.StackApi.RouteTableIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.RouteTableInfo;
import io.cloudtwin.ucloud.stack.StackApi.SubnetIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;

/**
 * Route tables as terraform-provider-ucloud drives them (ucloud_route_table, ucloud_route_table_rule,
 * ucloud_route_table_association: DescribeRouteTable by RouteTableId only, an empty RouteTables read as gone; a rule
 * added with a placeholder id and found again by DstAddr and NexthopId; an association destroyed by
 * AssociateRouteTable without RouteTableId), decoded strictly into the SDK's models; then the default table's limits,
 * the rules' refusals, and UCloud's own SDK regression scenario for custom routes (58119, 8039).
 */
class RouteTableScenarioTest extends StackScenario {
    private List<RouteTableInfo> describe(String table) throws Exception {
        return call(DescribeRouteTableResponse.class, "DescribeRouteTable", "RouteTableId", table).routeTables;
    }

    private RouteTableInfo table(String table) throws Exception {
        List<RouteTableInfo> found = describe(table);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** describeRouteRuleByAttrs: the first rule with exactly that DstAddr and NexthopId. */
    private RouteRuleInfo rule(String table, String dst, String hop) throws Exception {
        return table(table).routeRules.stream().filter(r -> r.dstAddr.equals(dst) && r.nexthopId.equals(hop))
                .findFirst().orElse(null);
    }

    private void modify(String table, String... rules) throws Exception {
        List<Object> kv = new ArrayList<>(List.of("RouteTableId", table));
        for (int i = 0; i < rules.length; i++) kv.addAll(List.of("RouteRule." + i, rules[i]));
        call(AnyResponse.class, "ModifyRouteRule", kv.toArray());
    }

    private String routeTableOf(String subnet) throws Exception {
        return call(DescribeSubnetResponse.class, "DescribeSubnet", "SubnetIds.0", subnet).dataSet.get(0).routeTableId;
    }

    private String vip(String vpc, String subnet) throws Exception {
        return call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", vpc, "SubnetId", subnet).vipSet.get(0).vipId;
    }

    @Test
    void theProvidersRouteTableRuleAndAssociation() throws Exception {
        TwoSubnets n = twoSubnets(83);
        List<RouteTableInfo> tables = call(DescribeRouteTableResponse.class, "DescribeRouteTable", "VPCId", n.vpc())
                .routeTables;
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.routeTableType).isEqualTo(1);
            assertThat(t.subnetIds).containsExactlyInAnyOrder(n.in(), n.out());
            assertThat(t.routeRules).singleElement().satisfies(r -> assertThat(List.of(r.dstAddr, r.nexthopType,
                    r.ruleType)).containsExactly("10.83.0.0/16", "LOCAL", 0));
        });
        String defaultTable = tables.get(0).routeTableId;
        assertThat(routeTableOf(n.in())).isEqualTo(defaultTable);

        String table = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc(), "Name", "tf-rt",
                "Tag", "Default").routeTableId;
        assertThat(table).startsWith("routetable-");
        RouteTableInfo made = table(table);
        assertThat(List.of(made.vpcId, made.vpcName, made.tag, made.remark, made.routeTableType, made.subnetCount))
                .containsExactly(n.vpc(), "vpc-83", "Default", "", 0, 0);
        call(AnyResponse.class, "UpdateRouteTableAttribute", "RouteTableId", table, "Remark", "egress", "Tag", "web");
        assertThat(table(table).remark + " " + table(table).tag).isEqualTo("egress web");

        String host = runningHostIn(n.vpc(), n.in(), "router").uhostId;
        String vip = vip(n.vpc(), n.in());
        modify(table, "tf-route-rule-1|10.8.0.0/16|vip|" + vip + "|0|to the vip|add");
        RouteRuleInfo added = rule(table, "10.8.0.0/16", vip);
        assertThat(added.routeRuleId).startsWith("routerule-");
        assertThat(List.of(added.routeTableId, added.nexthopType.toLowerCase(), added.remark, added.ruleType))
                .containsExactly(table, "vip", "to the vip", 1);
        modify(table, "tf-route-rule-2 | 192.168.0.0/24 | instance | " + host + " | 0 |  | add");
        assertThat(rule(table, "192.168.0.0/24", host).instanceType).isEqualTo("UHOST");

        // the provider's update keeps the rule's id; its next hop and remark change
        modify(table, added.routeRuleId + "|10.8.0.0/16|instance|" + host + "|0|via the host|update");
        RouteRuleInfo updated = rule(table, "10.8.0.0/16", host);
        assertThat(List.of(updated.routeRuleId, updated.nexthopType, updated.remark))
                .containsExactly(added.routeRuleId, "INSTANCE", "via the host");

        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.in(), "RouteTableId", table);
        assertThat(routeTableOf(n.in())).isEqualTo(table);
        assertThat(table(defaultTable).subnetIds).containsExactly(n.out());
        assertThat(table(table).subnetIds).containsExactly(n.in());
        assertThat(call(DescribeSubnetResponse.class, "DescribeSubnet", "RouteTableId", table).dataSet)
                .extracting(s -> s.subnetId).containsExactly(n.in());
        // moving a bound subnet to another table needs no unbinding first
        String other = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc()).routeTableId;
        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.in(), "RouteTableId", other);
        assertThat(routeTableOf(n.in())).isEqualTo(other);
        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.in(), "RouteTableId", table);
        call(AnyResponse.class, "DeleteRouteTable", "RouteTableId", other);

        refused(58119, "DeleteRouteTable", "RouteTableId", table);
        // a next hop a rule names stays
        modify(table, "x|172.16.0.0/12|vip|" + vip + "|0||add");
        refused(230, "ReleaseVIP", "VIPId", vip);
        modify(table, "x|172.16.0.0/12|vip|" + vip + "|0||delete");
        call(AnyResponse.class, "ReleaseVIP", "VIPId", vip);

        modify(table, added.routeRuleId + "|10.8.0.0/16|instance|" + host + "|0|via the host|delete");
        assertThat(rule(table, "10.8.0.0/16", host)).isNull();

        // the association's destroy: back on the VPC's default table
        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.in());
        assertThat(routeTableOf(n.in())).isEqualTo(defaultTable);
        call(AnyResponse.class, "DeleteRouteTable", "RouteTableId", table);
        assertThat(describe(table)).isEmpty();
        refused(8039, "DeleteRouteTable", "RouteTableId", table);
    }

    @Test
    void theDefaultTableTakesNoRulesAndTheRulesAreChecked() throws Exception {
        TwoSubnets n = twoSubnets(84);
        String defaultTable = routeTableOf(n.in());
        String vip = vip(n.vpc(), n.in());
        String rule = "x|10.8.0.0/16|vip|" + vip + "|0||add";
        refused(230, "ModifyRouteRule", "RouteTableId", defaultTable, "RouteRule.0", rule);
        refused(230, "UpdateRouteTableAttribute", "RouteTableId", defaultTable, "Remark", "mine");
        refused(230, "DeleteRouteTable", "RouteTableId", defaultTable);

        String table = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc()).routeTableId;
        TwoSubnets elsewhere = twoSubnets(85);
        String[] refusedRules = {"x|10.8.0.0/16|vip|vip-missing|0||add", "x|10.8.0.0/16|vip|"
                + vip(elsewhere.vpc(), elsewhere.in()) + "|0||add", "x|10.8.0.0/16|vip|" + vip + "|0|add",
                "x|10.8.0.0/16|vip|" + vip + "|0||replace", "x|10.8.0.0/16|nat|" + vip + "|0||add",
                "x|10.8.0.0/33|vip|" + vip + "|0||add", "routerule-missing|10.9.0.0/16|vip|" + vip + "|0||delete"};
        for (String r : refusedRules) refused(230, "ModifyRouteRule", "RouteTableId", table, "RouteRule.0", r);
        // one call is one change: a refused rule takes the good one before it back
        refused(230, "ModifyRouteRule", "RouteTableId", table, "RouteRule.0", rule, "RouteRule.1",
                "y|10.8.0.0/16|vip|" + vip + "|0|again|add");
        assertThat(table(table).routeRules).extracting(r -> r.ruleType).containsExactly(0);
        refused(230, "AssociateRouteTable", "SubnetId", elsewhere.in(), "RouteTableId", table);
        refused(230, "CreateRouteTable", "VPCId", "uvnet-missing");
        assertThat(describe("routetable-missing")).isEmpty();

        // at most 50 custom rules
        String[] fifty = new String[50];
        for (int i = 0; i < 50; i++) fifty[i] = "x|10.100." + i + ".0/24|vip|" + vip + "|0||add";
        modify(table, fifty);
        refused(230, "ModifyRouteRule", "RouteTableId", table, "RouteRule.0", rule);
        assertThat(table(table).routeRules).hasSize(51);
    }

    /**
     * UCloud's own SDK regression scenario for custom routes (ucloud-sdk-go tests/scenario_4023): a table bound to a
     * subnet is not deleted (58119), but the subnet and then the VPC are, taking the tables with them (8039 after).
     */
    @Test
    void aVpcTakesItsTablesAndASubnetItsBinding() throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "vpc-86", "Network.0", "10.86.0.0/16").vpcId;
        String subnet = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10.86.1.0",
                "Netmask", 24).subnetId;
        String table = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", vpc, "Tag", "regress")
                .routeTableId;
        String vip = vip(vpc, subnet);
        modify(table, "x|172.123.17.0/24|vip|" + vip + "|0||add");
        String clone = call(RouteTableIdResponse.class, "CloneRouteTable", "RouteTableId", table).routeTableId;
        RouteTableInfo cloned = table(clone);
        assertThat(List.of(cloned.tag, cloned.routeTableType, cloned.subnetCount)).containsExactly("regress", 0, 0);
        assertThat(cloned.routeRules).extracting(r -> r.dstAddr).containsExactly("10.86.0.0/16", "172.123.17.0/24");
        assertThat(cloned.routeRules.get(1).routeRuleId).isNotEqualTo(table(table).routeRules.get(1).routeRuleId);

        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", subnet, "RouteTableId", table);
        refused(58119, "DeleteRouteTable", "RouteTableId", table);
        // the VIP holds an address of the subnet: it goes first, and no rule may send to it then
        refused(230, "ReleaseVIP", "VIPId", vip);
        for (String t : List.of(table, clone)) modify(t, "x|172.123.17.0/24|vip|" + vip + "|0||delete");
        call(AnyResponse.class, "ReleaseVIP", "VIPId", vip);
        call(AnyResponse.class, "DeleteSubnet", "SubnetId", subnet);
        call(AnyResponse.class, "DeleteVPC", "VPCId", vpc);
        assertThat(describe(table)).isEmpty();
        assertThat(describe(clone)).isEmpty();
        refused(8039, "DeleteRouteTable", "RouteTableId", table);
        refused(8039, "DeleteRouteTable", "RouteTableId", clone);
    }

    @Test
    void routeTablesRoundTripTheState() throws Exception {
        TwoSubnets n = twoSubnets(87);
        String table = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc(), "Tag", "kept",
                "Remark", "r").routeTableId;
        String vip = vip(n.vpc(), n.in());
        modify(table, "x|10.8.0.0/16|vip|" + vip + "|0|kept rule|add");
        call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.out(), "RouteTableId", table);
        RouteTableInfo before = table(table);
        String defaultTable = routeTableOf(n.in());

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        RouteTableInfo after = table(table);
        assertThat(List.of(after.tag, after.remark, after.subnetIds)).containsExactly("kept", "r", List.of(n.out()));
        assertThat(after.routeRules).extracting(r -> r.routeRuleId + " " + r.dstAddr + " " + r.nexthopId + " "
                + r.remark).containsExactlyElementsOf(before.routeRules.stream().map(r -> r.routeRuleId + " "
                        + r.dstAddr + " " + r.nexthopId + " " + r.remark).toList());
        assertThat(routeTableOf(n.in())).isEqualTo(defaultTable);
        refused(58119, "DeleteRouteTable", "RouteTableId", table);
        refused(230, "ReleaseVIP", "VIPId", vip);
    }

    /**
     * Races, each decided in the transactions: two rules for one destination (one wins), a rule to a VIP against the
     * VIP's release (the rule and the VIP both stand, or neither), a binding against the table's deletion (the subnet
     * bound and the table kept, or the table gone and the binding refused).
     */
    @Test
    void racesLeaveTheRulesWhole() throws Exception {
        TwoSubnets n = twoSubnets(92);
        String table = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc()).routeTableId;
        for (int round = 0; round < 4; round++) {
            String vip = vip(n.vpc(), n.in());
            String dst = "10.20" + round + ".0.0/16";
            int[] codes = race(() -> retCode("ModifyRouteRule", "RouteTableId", table, "RouteRule.0",
                    "a|" + dst + "|vip|" + vip + "|0|a|add"), () -> retCode("ModifyRouteRule", "RouteTableId", table,
                    "RouteRule.0", "b|" + dst + "|vip|" + vip + "|0|b|add"));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            assertThat(table(table).routeRules).filteredOn(r -> r.dstAddr.equals(dst)).hasSize(1);

            String other = vip(n.vpc(), n.in());
            String next = "172.2" + round + ".0.0/16";
            codes = race(() -> retCode("ModifyRouteRule", "RouteTableId", table, "RouteRule.0",
                    "c|" + next + "|vip|" + other + "|0||add"), () -> retCode("ReleaseVIP", "VIPId", other));
            boolean ruled = codes[0] == 0;
            assertThat(codes).as("the rule or the release").containsExactlyInAnyOrder(0, 230);
            assertThat(rule(table, next, other) != null).isEqualTo(ruled);
            assertThat(call(StackApi.DescribeVIPResponse.class, "DescribeVIP", "VIPId", other).vipSet)
                    .hasSize(ruled ? 1 : 0);

            String doomed = call(RouteTableIdResponse.class, "CreateRouteTable", "VPCId", n.vpc()).routeTableId;
            codes = race(() -> retCode("AssociateRouteTable", "SubnetId", n.out(), "RouteTableId", doomed),
                    () -> retCode("DeleteRouteTable", "RouteTableId", doomed));
            boolean bound = codes[0] == 0 && codes[1] == 58119;
            assertThat(bound || (codes[0] == 230 && codes[1] == 0)).as("bound and kept, or gone: %s %s", codes[0],
                    codes[1]).isTrue();
            assertThat(describe(doomed)).hasSize(bound ? 1 : 0);
            assertThat(routeTableOf(n.out())).isEqualTo(bound ? doomed : defaultTableOf(n.vpc()));
            if (bound) {
                call(AnyResponse.class, "AssociateRouteTable", "SubnetId", n.out());
                call(AnyResponse.class, "DeleteRouteTable", "RouteTableId", doomed);
            }
        }
    }

    private String defaultTableOf(String vpc) throws Exception {
        return call(DescribeRouteTableResponse.class, "DescribeRouteTable", "VPCId", vpc).routeTables.stream()
                .filter(t -> t.routeTableType == 1).findFirst().orElseThrow().routeTableId;
    }
}
