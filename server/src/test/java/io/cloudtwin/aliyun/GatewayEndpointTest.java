package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcGatewayEndpointRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcGatewayEndpointRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.GetVpcGatewayEndpointAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.GetVpcGatewayEndpointAttributeResponse;
import com.aliyuncs.vpc.model.v20160428.ListVpcGatewayEndpointsRequest;
import com.aliyuncs.vpc.model.v20160428.MoveResourceGroupRequest;
import com.aliyuncs.vpc.model.v20160428.UpdateVpcGatewayEndpointAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_gateway_endpoint and alicloud_vpc_gateway_endpoint_route_table_attachment in the
 * provider's order: CreateVpcGatewayEndpoint -> GetVpcGatewayEndpointAttribute until Created ->
 * AssociateRouteTablesWithVpcGatewayEndpoint (RouteTableIds.N, as its RPC client sends the list) -> the read of
 * RouteTables -> UpdateVpcGatewayEndpointAttribute, TagResources and MoveResourceGroup (GatewayEndpoint) ->
 * DissociateRouteTablesFromVpcGatewayEndpoint -> DeleteVpcGatewayEndpoint -> ResourceNotFound.GatewayEndpoint, which
 * the provider reads as gone. And the rules: one endpoint a VPC and service, OSS of the region only, a policy is a
 * JSON object, route tables of the endpoint's VPC only, an endpoint with route tables, a route table with an endpoint
 * and a VPC with an endpoint are not deleted.
 */
class GatewayEndpointTest extends ServerTestBase {
    private static final String OSS = "com.aliyun." + REGION + ".oss";
    private static final String POLICY = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"oss:*\"],"
            + "\"Principal\":[\"*\"],\"Resource\":[\"*\"]}]}";
    private ClassicSdk vpc;
    private AliyunApi api;

    @BeforeEach
    void clients() {
        vpc = new ClassicSdk(endpoint());
        api = new AliyunApi(port);
    }

    /** "ok", or the code the call is refused with. */
    private String outcome(String action, String... kv) {
        return api.outcome("Vpc", action, kv);
    }

    private String newVpc(String block) throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock(block);
        return vpc.call(v).getVpcId();
    }

    private String routeTable(String vpcId) throws ClientException {
        CreateRouteTableRequest t = new CreateRouteTableRequest();
        t.setVpcId(vpcId);
        return vpc.call(t).getRouteTableId();
    }

    private String endpoint(String vpcId, String policy) throws ClientException {
        CreateVpcGatewayEndpointRequest c = new CreateVpcGatewayEndpointRequest();
        c.setVpcId(vpcId);
        c.setServiceName(OSS);
        c.setEndpointName("to-oss");
        c.setEndpointDescription("the way to OSS");
        if (policy != null) c.setPolicyDocument(policy);
        return vpc.call(c).getEndpointId();
    }

    private GetVpcGatewayEndpointAttributeResponse read(String id) throws ClientException {
        GetVpcGatewayEndpointAttributeRequest g = new GetVpcGatewayEndpointAttributeRequest();
        g.setEndpointId(id);
        return vpc.call(g);
    }

    private String code(String action, String... kv) {
        return api.refusal("Vpc", action, kv);
    }

    private void associate(String id, String... tables) {
        api.vpc("AssociateRouteTablesWithVpcGatewayEndpoint", tableParams(id, tables));
    }

    private static String[] tableParams(String id, String... tables) {
        List<String> kv = new ArrayList<>(List.of("RegionId", REGION, "EndpointId", id));
        for (int i = 0; i < tables.length; i++) kv.addAll(List.of("RouteTableIds." + (i + 1), tables[i]));
        return kv.toArray(String[]::new);
    }

    @Test
    void theProvidersLifecycle() throws Exception {
        String v = newVpc("10.90.0.0/16");
        String id = endpoint(v, null);
        var created = read(id);
        assertThat(created.getEndpointStatus()).as("the provider waits for this").isEqualTo("Created");
        assertThat(created.getServiceName()).isEqualTo(OSS);
        assertThat(created.getVpcId()).isEqualTo(v);
        assertThat(created.getEndpointName()).isEqualTo("to-oss");
        assertThat(created.getPolicyDocument()).as("none given: none answered, or the plan would show one")
                .isEmpty();
        assertThat(created.getRouteTables()).isEmpty();

        String one = routeTable(v);
        String system = "vtb-" + v.substring(v.indexOf('-') + 1); // the VPC's system table, as CreateVpc answers it
        associate(id, one, system);
        assertThat(read(id).getRouteTables()).as("the attachment's read").containsExactlyInAnyOrder(one, system);
        assertThat(code("AssociateRouteTablesWithVpcGatewayEndpoint", tableParams(id, one)))
                .isEqualTo("ResourceAlreadyExist.Association");
        String other = routeTable(newVpc("10.91.0.0/16"));
        assertThat(code("AssociateRouteTablesWithVpcGatewayEndpoint", tableParams(id, other)))
                .isEqualTo("Mismatch.VpcAndRouteTable");
        assertThat(code("AssociateRouteTablesWithVpcGatewayEndpoint", tableParams(id, "vtb-none")))
                .isEqualTo("ResourceNotFound.RouteTable");

        UpdateVpcGatewayEndpointAttributeRequest u = new UpdateVpcGatewayEndpointAttributeRequest();
        u.setEndpointId(id);
        u.setEndpointName("renamed");
        u.setPolicyDocument(POLICY);
        vpc.call(u);
        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "GatewayEndpoint", "ResourceId.1", id,
                "Tag.1.Key", "team", "Tag.1.Value", "storage");
        MoveResourceGroupRequest m = new MoveResourceGroupRequest();
        m.setResourceId(id);
        m.setResourceType("GatewayEndpoint");
        m.setNewResourceGroupId("rg-storage");
        vpc.call(m);
        var updated = read(id);
        assertThat(updated.getEndpointName()).isEqualTo("renamed");
        assertThat(updated.getEndpointDescription()).as("not given: as it was").isEqualTo("the way to OSS");
        assertThat(updated.getPolicyDocument()).isEqualTo(POLICY);
        var listed = api.vpc("ListVpcGatewayEndpoints", "RegionId", REGION, "VpcId", v).path("Endpoints").path(0);
        assertThat(listed.path("EndpointId").asString()).isEqualTo(id);
        assertThat(listed.path("ResourceGroupId").asString()).isEqualTo("rg-storage");
        assertThat(listed.path("Tags").path(0).path("Key").asString()).isEqualTo("team");
        assertThat(listed.path("AssociatedRouteTables").size()).isEqualTo(2);
        ListVpcGatewayEndpointsRequest byName = new ListVpcGatewayEndpointsRequest();
        byName.setServiceName(OSS);
        byName.setEndpointName("renamed");
        assertThat(vpc.call(byName).getEndpoints()).singleElement()
                .satisfies(e -> assertThat(e.getEndpointId()).isEqualTo(id));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(read(id).getRouteTables()).as("kept through the state document")
                .containsExactlyInAnyOrder(one, system);

        assertThat(code("DeleteVpcGatewayEndpoint", "RegionId", REGION, "EndpointId", id))
                .as("route tables still associated").isEqualTo("DependencyViolation.Association");
        DeleteRouteTableRequest dt = new DeleteRouteTableRequest();
        dt.setRouteTableId(one);
        assertThat(vpc.refusal(dt)).as("a route table with an endpoint")
                .isEqualTo("IncorrectRouteTableStatus");

        api.vpc("DissociateRouteTablesFromVpcGatewayEndpoint", tableParams(id, one, system));
        assertThat(read(id).getRouteTables()).isEmpty();
        assertThat(code("DissociateRouteTablesFromVpcGatewayEndpoint", tableParams(id, one)))
                .isEqualTo("ResourceNotFound.Association");
        vpc.call(dt);
        assertThat(code("DeleteVpc", "RegionId", REGION, "VpcId", v)).as("a VPC with an endpoint")
                .isEqualTo("DependencyViolation.GatewayEndpoint");
        DeleteVpcGatewayEndpointRequest d = new DeleteVpcGatewayEndpointRequest();
        d.setEndpointId(id);
        vpc.call(d);
        assertThat(code("GetVpcGatewayEndpointAttribute", "RegionId", REGION, "EndpointId", id))
                .as("what the provider reads as gone").isEqualTo("ResourceNotFound.GatewayEndpoint");
        DeleteVpcRequest dv = new DeleteVpcRequest();
        dv.setVpcId(v);
        vpc.call(dv);
    }

    @Test
    void oneEndpointAVpcAndServiceOfTheRegionsOss() throws Exception {
        String v = newVpc("10.92.0.0/16");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName",
                "com.aliyun.cn-beijing.oss")).as("another region's").isEqualTo("ResourceNotFound.ServiceName");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName",
                "com.aliyun." + REGION + ".ecs")).isEqualTo("ResourceNotFound.ServiceName");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName", OSS,
                "PolicyDocument", "[1]")).isEqualTo("InvalidPolicy.WrongFormat");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName", OSS,
                "PolicyDocument", "{\"k\":\"" + "x".repeat(16_400) + "\"}")).as("longer than the store keeps")
                .isEqualTo("IllegalParam.PolicyDocument");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName", OSS,
                "EndpointName", "-dash")).isEqualTo("IllegalParam.GatewayEndpointName");
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", "vpc-none", "ServiceName", OSS))
                .isEqualTo("ResourceNotFound.VpcId");
        assertThat(api.vpc("ListVpcGatewayEndpoints", "RegionId", REGION, "VpcId", v).path("Endpoints").size())
                .as("a refusal makes nothing").isZero();
        String id = endpoint(v, POLICY);
        assertThat(read(id).getPolicyDocument()).isEqualTo(POLICY);
        assertThat(code("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", v, "ServiceName", OSS))
                .isEqualTo("ResourceAlreadyExist.GatewayEndpoint");
        assertThat(code("DeleteVpcGatewayEndpoint", "RegionId", REGION, "EndpointId", "vpce-none"))
                .isEqualTo("ResourceNotFound.GatewayEndpoint");
    }

    /**
     * A route table's deletion and its association with an endpoint racing: the table's row lock orders them, so one
     * wins and the other is refused; never an association with a gone table.
     */
    @Test
    void aRouteTablesDeletionAndItsAssociationRacingLeaveNoAssociationWithAGoneTable() throws Exception {
        String v = newVpc("10.93.0.0/16");
        String id = endpoint(v, null);
        for (int round = 0; round < 4; round++) {
            String table = routeTable(v);
            Future<String> deleted = racing().submit(() -> outcome("DeleteRouteTable", "RegionId", REGION,
                    "RouteTableId", table));
            Future<String> associated = racing().submit(() -> outcome("AssociateRouteTablesWithVpcGatewayEndpoint",
                    tableParams(id, table)));
            List<String> outcomes = List.of(deleted.get(), associated.get());
            assertThat(outcomes).as("one wins: %s", outcomes).containsOnlyOnce("ok");
            if (outcomes.get(0).equals("ok")) {
                assertThat(outcomes.get(1)).isEqualTo("ResourceNotFound.RouteTable");
                assertThat(read(id).getRouteTables()).doesNotContain(table);
            } else {
                assertThat(outcomes.get(0)).isEqualTo("IncorrectRouteTableStatus");
                assertThat(read(id).getRouteTables()).contains(table);
                api.vpc("DissociateRouteTablesFromVpcGatewayEndpoint", tableParams(id, table));
            }
        }
    }

    /** Conformance calls: each gateway endpoint action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static int block = 100;

        private static String vpcOf(AliyunApi api) {
            return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10." + (block++ % 150 + 100) + ".0.0/16")
                    .path("VpcId").asString();
        }

        private static String endpoint(AliyunApi api, String vpcId) {
            return api.vpc("CreateVpcGatewayEndpoint", "RegionId", REGION, "VpcId", vpcId, "ServiceName", OSS)
                    .path("EndpointId").asString();
        }

        private static String[] withTable(AliyunApi api) {
            String v = vpcOf(api);
            String table = api.vpc("CreateRouteTable", "RegionId", REGION, "VpcId", v).path("RouteTableId").asString();
            return new String[] {endpoint(api, v), table};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateVpcGatewayEndpoint", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpcOf(api),
                    "ServiceName", OSS, "EndpointName", "ep", "PolicyDocument", POLICY, "Tag.1.Key", "k",
                    "Tag.1.Value", "v"));
            r.vpc("GetVpcGatewayEndpointAttribute", api -> AliyunApi.params("RegionId", REGION, "EndpointId",
                    endpoint(api, vpcOf(api))));
            r.vpc("ListVpcGatewayEndpoints", api -> AliyunApi.params("RegionId", REGION, "EndpointId",
                    endpoint(api, vpcOf(api))));
            r.vpc("UpdateVpcGatewayEndpointAttribute", api -> AliyunApi.params("RegionId", REGION, "EndpointId",
                    endpoint(api, vpcOf(api)), "EndpointName", "ep-2"));
            r.vpc("DeleteVpcGatewayEndpoint", api -> AliyunApi.params("RegionId", REGION, "EndpointId",
                    endpoint(api, vpcOf(api))));
            r.vpc("AssociateRouteTablesWithVpcGatewayEndpoint", api -> {
                String[] et = withTable(api);
                return AliyunApi.params("RegionId", REGION, "EndpointId", et[0], "RouteTableIds.1", et[1]);
            });
            r.vpc("DissociateRouteTablesFromVpcGatewayEndpoint", api -> {
                String[] et = withTable(api);
                api.vpc("AssociateRouteTablesWithVpcGatewayEndpoint", "RegionId", REGION, "EndpointId", et[0],
                        "RouteTableIds.1", et[1]);
                return AliyunApi.params("RegionId", REGION, "EndpointId", et[0], "RouteTableIds.1", et[1]);
            });
        }
    }
}
