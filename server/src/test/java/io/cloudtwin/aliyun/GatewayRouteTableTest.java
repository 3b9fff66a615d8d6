package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.AssociateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.AssociateRouteTableWithGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListResponse;
import com.aliyuncs.vpc.model.v20160428.DissociateRouteTableFromGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.EnableVpcIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.GetIpv4GatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ListIpv4GatewaysRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Gateway route tables, as terraform's alicloud_route_table (associate_type Gateway) and
 * alicloud_vpc_gateway_route_table_attachment use them through the classic VPC SDK: CreateRouteTable AssociateType
 * Gateway -> AssociateRouteTableWithGateway (an enabled IPv4 gateway of the table's VPC) -> GetIpv4GatewayAttribute
 * until Created, its Ipv4GatewayRouteTableId the table -> DissociateRouteTableFromGateway; and the rules: one table a
 * gateway, a gateway's table not on a vSwitch nor a vSwitch's on a gateway, neither deleted while associated.
 */
class GatewayRouteTableTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc(String cidr) throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock(cidr);
        return vpc.call(v).getVpcId();
    }

    private String gateway(String vpcId, boolean enabled) throws ClientException {
        CreateIpv4GatewayRequest c = new CreateIpv4GatewayRequest();
        c.setVpcId(vpcId);
        String id = vpc.call(c).getIpv4GatewayId();
        if (enabled) {
            EnableVpcIpv4GatewayRequest e = new EnableVpcIpv4GatewayRequest();
            e.setIpv4GatewayId(id);
            vpc.call(e);
        }
        return id;
    }

    private String table(String vpcId, String associateType) throws ClientException {
        CreateRouteTableRequest t = new CreateRouteTableRequest();
        t.setVpcId(vpcId);
        t.setRouteTableName("tf-gateway-table");
        if (associateType != null) t.setAssociateType(associateType);
        return vpc.call(t).getRouteTableId();
    }

    private static AssociateRouteTableWithGatewayRequest associate(String tableId, String gatewayId) {
        AssociateRouteTableWithGatewayRequest a = new AssociateRouteTableWithGatewayRequest();
        a.setRouteTableId(tableId);
        a.setGatewayId(gatewayId);
        a.setClientToken("token-" + tableId + gatewayId);
        return a;
    }

    private static DissociateRouteTableFromGatewayRequest dissociate(String tableId, String gatewayId) {
        DissociateRouteTableFromGatewayRequest d = new DissociateRouteTableFromGatewayRequest();
        d.setRouteTableId(tableId);
        d.setGatewayId(gatewayId);
        return d;
    }

    private String gatewayTable(String gatewayId) throws ClientException {
        GetIpv4GatewayAttributeRequest g = new GetIpv4GatewayAttributeRequest();
        g.setIpv4GatewayId(gatewayId);
        return vpc.call(g).getIpv4GatewayRouteTableId();
    }

    private DescribeRouteTableListResponse.RouterTableListType listed(String tableId) throws ClientException {
        DescribeRouteTableListRequest l = new DescribeRouteTableListRequest();
        l.setRouteTableId(tableId);
        List<DescribeRouteTableListResponse.RouterTableListType> tables = vpc.call(l).getRouterTableList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static DeleteRouteTableRequest deleteTable(String tableId) {
        DeleteRouteTableRequest d = new DeleteRouteTableRequest();
        d.setRouteTableId(tableId);
        return d;
    }

    private static DeleteIpv4GatewayRequest deleteGateway(String gatewayId) {
        DeleteIpv4GatewayRequest d = new DeleteIpv4GatewayRequest();
        d.setIpv4GatewayId(gatewayId);
        return d;
    }

    @Test
    void theProvidersAttachmentLifecycle() throws Exception {
        String vpcId = newVpc("10.90.0.0/16");
        String gw = gateway(vpcId, true);
        String tableId = table(vpcId, "Gateway");
        assertThat(listed(tableId).getAssociateType()).isEqualTo("Gateway");
        assertThat(listed(tableId).getGatewayIds()).isEmpty();
        assertThat(gatewayTable(gw)).isEmpty();

        vpc.call(associate(tableId, gw));
        assertThat(gatewayTable(gw)).isEqualTo(tableId);
        GetIpv4GatewayAttributeRequest read = new GetIpv4GatewayAttributeRequest();
        read.setIpv4GatewayId(gw);
        assertThat(vpc.call(read).getStatus()).as("what the provider waits for").isEqualTo("Created");
        assertThat(listed(tableId).getGatewayIds()).containsExactly(gw);
        ListIpv4GatewaysRequest list = new ListIpv4GatewaysRequest();
        list.setVpcId(vpcId);
        assertThat(vpc.call(list).getIpv4GatewayModels()).singleElement()
                .satisfies(m -> assertThat(m.getIpv4GatewayRouteTableId()).isEqualTo(tableId));
        vpc.call(associate(tableId, gw));
        assertThat(gatewayTable(gw)).as("the same association again changes nothing").isEqualTo(tableId);

        assertThat(vpc.refusal(deleteTable(tableId))).isEqualTo("OperationDenied.GatewayAssociated");
        assertThat(vpc.refusal(deleteGateway(gw))).isEqualTo("OperationDenied.GatewayAlreadyAssociated");

        vpc.call(dissociate(tableId, gw));
        assertThat(gatewayTable(gw)).isEmpty();
        assertThat(listed(tableId).getGatewayIds()).isEmpty();
        assertThat(vpc.refusal(dissociate(tableId, gw))).isEqualTo("OperationFailed.NotExistAssociateRelation");
        vpc.call(deleteTable(tableId));
        vpc.call(deleteGateway(gw));
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        String vpcId = newVpc("10.91.0.0/16");
        String idle = gateway(vpcId, false);
        String gatewayTable = table(vpcId, "Gateway");
        String switchTable = table(vpcId, null);
        assertThat(vpc.refusal(associate(gatewayTable, idle))).isEqualTo("OperationDenied.Ipv4GatewayNotActive");
        EnableVpcIpv4GatewayRequest enable = new EnableVpcIpv4GatewayRequest();
        enable.setIpv4GatewayId(idle);
        vpc.call(enable);
        String gw = idle;

        assertThat(vpc.refusal(associate(switchTable, gw))).isEqualTo("OperationDenied.RouteTableTypeIncorrect");
        String elsewhere = table(newVpc("10.92.0.0/16"), "Gateway");
        assertThat(vpc.refusal(associate(elsewhere, gw))).isEqualTo("OperationDenied.GatewayAndTableNotInOneVpc");
        assertThat(vpc.refusal(associate("vtb-nothere0000000000", gw))).isEqualTo("ResourceNotFound.RouteTable");
        assertThat(vpc.refusal(associate(gatewayTable, "ipv4gw-nothere00000000")))
                .isEqualTo("ResourceNotFound.Ipv4Gateway");
        assertThat(vpc.refusal(dissociate(gatewayTable, gw))).isEqualTo("OperationFailed.NotExistAssociateRelation");
        assertThat(vpc.refusal(dissociate(switchTable, gw))).isEqualTo("OperationDenied.RouteTableTypeIncorrect");

        var api = new AliyunApi(port);
        assertThat(api.refusal(AliyunSpecs.VPC, "AssociateRouteTableWithGateway", "RegionId", REGION, "RouteTableId",
                gatewayTable, "GatewayId", gw, "GatewayType", "Ipv6Gateway"))
                .isEqualTo("UnsupportedFeature.Ipv6GatewayRouteTable");
        assertThat(api.refusal(AliyunSpecs.VPC, "AssociateRouteTableWithGateway", "RegionId", REGION, "RouteTableId",
                gatewayTable, "GatewayId", gw, "GatewayType", "NatGateway")).isEqualTo("IllegalParam.GatewayType");
        assertThat(api.refusal(AliyunSpecs.VPC, "AssociateRouteTableWithGateway", "RegionId", REGION, "RouteTableId",
                gatewayTable, "GatewayId", gw, "DryRun", "true")).isEqualTo("DryRunOperation");
        assertThat(api.refusal(AliyunSpecs.VPC, "CreateRouteTable", "RegionId", REGION, "VpcId", vpcId,
                "AssociateType", "Router")).isEqualTo("InvalidParameter");
        assertThat(gatewayTable(gw)).as("no refusal associated anything").isEmpty();

        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.91.1.0/24");
        s.setZoneId(REGION + "-h");
        String vSwitch = vpc.call(s).getVSwitchId();
        AssociateRouteTableRequest onSwitch = new AssociateRouteTableRequest();
        onSwitch.setRouteTableId(gatewayTable);
        onSwitch.setVSwitchId(vSwitch);
        assertThat(vpc.refusal(onSwitch)).isEqualTo("OperationDenied.AssociateGatewayRouteTable");

        vpc.call(associate(gatewayTable, gw));
        String second = table(vpcId, "Gateway");
        assertThat(vpc.refusal(associate(second, gw))).isEqualTo("ResourceAlreadyAssociated.Ipv4Gateway");
        assertThat(gatewayTable(gw)).isEqualTo(gatewayTable);
    }

    /**
     * Two tables racing for one gateway: the gateway's row lock lets one in, never both; an association racing its
     * table's deletion: the table's row lock orders them, so a deleted table is never associated.
     */
    @Test
    void racesAreDecidedInTheTransactions() throws Exception {
        for (int round = 0; round < 3; round++) {
            String vpcId = newVpc("10.93.0.0/16");
            String gw = gateway(vpcId, true);
            String a = table(vpcId, "Gateway");
            String b = table(vpcId, "Gateway");
            var outcomes = ClassicSdk.race(racing(), () -> vpc.call(associate(a, gw)),
                    () -> vpc.call(associate(b, gw)));
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "ResourceAlreadyAssociated.Ipv4Gateway");
            String won = outcomes.get(0).equals("ok") ? a : b;
            assertThat(gatewayTable(gw)).isEqualTo(won);

            String lost = won.equals(a) ? b : a;
            vpc.call(dissociate(won, gw));
            var pair = ClassicSdk.race(racing(), () -> vpc.call(associate(lost, gw)),
                    () -> vpc.call(deleteTable(lost)));
            if (pair.get(0).equals("ok")) {
                assertThat(pair.get(1)).isEqualTo("OperationDenied.GatewayAssociated");
                assertThat(gatewayTable(gw)).isEqualTo(lost);
            } else {
                assertThat(pair).containsExactly("ResourceNotFound.RouteTable", "ok");
                assertThat(gatewayTable(gw)).isEmpty();
            }
        }
    }

    @Test
    void anAssociationSurvivesTheStateRoundTrip() throws Exception {
        String vpcId = newVpc("10.94.0.0/16");
        String gw = gateway(vpcId, true);
        String tableId = table(vpcId, "Gateway");
        vpc.call(associate(tableId, gw));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"routeTableId\"");
        var imported = admin("POST", "/_cloudtwin/state?replace=true", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(gatewayTable(gw)).isEqualTo(tableId);
        assertThat(listed(tableId).getAssociateType()).isEqualTo("Gateway");
        assertThat(listed(tableId).getGatewayIds()).containsExactly(gw);
    }

    /** Conformance calls: the two gateway route table actions, answered as their metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        /** A new VPC's enabled IPv4 gateway and a gateway route table of that VPC: gateway id, table id. */
        private static String[] pair(AliyunApi api, String cidr) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", cidr).path("VpcId").asString();
            String g = api.vpc("CreateIpv4Gateway", "RegionId", REGION, "VpcId", v).path("Ipv4GatewayId").asString();
            api.vpc("EnableVpcIpv4Gateway", "RegionId", REGION, "Ipv4GatewayId", g);
            String t = api.vpc("CreateRouteTable", "RegionId", REGION, "VpcId", v, "AssociateType", "Gateway")
                    .path("RouteTableId").asString();
            return new String[] {g, t};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("AssociateRouteTableWithGateway", api -> {
                String[] p = pair(api, "10.95.0.0/16");
                return AliyunApi.params("RegionId", REGION, "GatewayId", p[0], "RouteTableId", p[1]);
            });
            r.vpc("DissociateRouteTableFromGateway", api -> {
                String[] p = pair(api, "10.96.0.0/16");
                api.vpc("AssociateRouteTableWithGateway", "RegionId", REGION, "GatewayId", p[0], "RouteTableId", p[1]);
                return AliyunApi.params("RegionId", REGION, "GatewayId", p[0], "RouteTableId", p[1]);
            });
        }
    }
}
