package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.EnableVpcIpv4GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.GetIpv4GatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.GetIpv4GatewayAttributeResponse;
import com.aliyuncs.vpc.model.v20160428.ListIpv4GatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.MoveResourceGroupRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UpdateIpv4GatewayAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_ipv4_gateway through the classic VPC SDK, in the provider's order: CreateIpv4Gateway ->
 * GetIpv4GatewayAttribute until Created -> EnableVpcIpv4Gateway (enabled = true) -> UpdateIpv4GatewayAttribute ->
 * a route entry with NextHopType Ipv4Gateway (alicloud_route_entry) -> DeleteIpv4Gateway, refused while the entry
 * stands -> ResourceNotFound.Ipv4Gateway, which the provider reads as gone. And the rules: one gateway a VPC, a VPC
 * with a gateway is not deleted, enabled once.
 */
class Ipv4GatewayTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.80.0.0/16");
        return vpc.call(v).getVpcId();
    }

    private String gateway(String vpcId, String name) throws ClientException {
        CreateIpv4GatewayRequest c = new CreateIpv4GatewayRequest();
        c.setVpcId(vpcId);
        c.setIpv4GatewayName(name);
        c.setIpv4GatewayDescription("the way out");
        c.setDryRun(false);
        return vpc.call(c).getIpv4GatewayId();
    }

    private GetIpv4GatewayAttributeResponse read(String id) throws ClientException {
        GetIpv4GatewayAttributeRequest g = new GetIpv4GatewayAttributeRequest();
        g.setIpv4GatewayId(id);
        return vpc.call(g);
    }

    private DeleteIpv4GatewayRequest delete(String id) {
        DeleteIpv4GatewayRequest d = new DeleteIpv4GatewayRequest();
        d.setIpv4GatewayId(id);
        return d;
    }

    @Test
    void theProvidersLifecycleWithARouteThroughTheGateway() throws Exception {
        String vpcId = newVpc();
        String id = gateway(vpcId, "egress");
        assertThat(id).matches("ipv4gw-[a-z0-9]{20}");
        var g = read(id);
        assertThat(g.getStatus()).isEqualTo("Created");
        assertThat(g.getEnabled()).isFalse();
        assertThat(g.getVpcId() + " " + g.getIpv4GatewayName() + " " + g.getIpv4GatewayDescription())
                .isEqualTo(vpcId + " egress the way out");

        EnableVpcIpv4GatewayRequest enable = new EnableVpcIpv4GatewayRequest();
        enable.setIpv4GatewayId(id);
        enable.setDryRun(false);
        vpc.call(enable);
        assertThat(read(id).getEnabled()).isTrue();
        assertThat(vpc.refusal(enable)).isEqualTo("OperationFailed.Ipv4GatewayAlreadyActive.");

        UpdateIpv4GatewayAttributeRequest update = new UpdateIpv4GatewayAttributeRequest();
        update.setIpv4GatewayId(id);
        update.setIpv4GatewayName("egress-2");
        vpc.call(update);
        assertThat(read(id).getIpv4GatewayName()).isEqualTo("egress-2");
        assertThat(read(id).getIpv4GatewayDescription()).as("not given, kept").isEqualTo("the way out");

        ListIpv4GatewaysRequest list = new ListIpv4GatewaysRequest();
        list.setVpcId(vpcId);
        assertThat(vpc.call(list).getIpv4GatewayModels()).singleElement().satisfies(m -> {
            assertThat(m.getIpv4GatewayId()).isEqualTo(id);
            assertThat(m.getEnabled()).isTrue();
            assertThat(m.getStatus()).isEqualTo("Created");
        });

        CreateRouteTableRequest table = new CreateRouteTableRequest();
        table.setVpcId(vpcId);
        String tableId = vpc.call(table).getRouteTableId();
        CreateRouteEntryRequest entry = new CreateRouteEntryRequest();
        entry.setRouteTableId(tableId);
        entry.setDestinationCidrBlock("0.0.0.0/0");
        entry.setNextHopType("Ipv4Gateway");
        entry.setNextHopId(id);
        vpc.call(entry);
        assertThat(vpc.refusal(delete(id))).isEqualTo("OperationDenied.RouteEntryExist");
        DeleteVpcRequest deleteVpc = new DeleteVpcRequest();
        deleteVpc.setVpcId(vpcId);
        assertThat(vpc.refusal(deleteVpc)).startsWith("DependencyViolation");

        DeleteRouteEntryRequest out = new DeleteRouteEntryRequest();
        out.setRouteTableId(tableId);
        out.setDestinationCidrBlock("0.0.0.0/0");
        out.setNextHopId(id);
        vpc.call(out);
        vpc.call(delete(id));
        GetIpv4GatewayAttributeRequest gone = new GetIpv4GatewayAttributeRequest();
        gone.setIpv4GatewayId(id);
        assertThat(vpc.refusal(gone)).isEqualTo("ResourceNotFound.Ipv4Gateway");
        assertThat(vpc.refusal(delete(id))).isEqualTo("ResourceNotFound.Ipv4Gateway");
    }

    /**
     * The provider's create ends in its update, which sets the tags with TagResources (ResourceType IPV4GATEWAY) and
     * a changed resource group with MoveResourceGroup (IPV4GATEWAY): both must know the kind.
     */
    @Test
    void theProvidersTagsAndResourceGroupReachTheGateway() throws Exception {
        String id = gateway(newVpc(), "tagged");
        TagResourcesRequest tag = new TagResourcesRequest();
        tag.setResourceType("IPV4GATEWAY");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag pair = new TagResourcesRequest.Tag();
        pair.setKey("env");
        pair.setValue("test");
        tag.setTags(List.of(pair));
        vpc.call(tag);
        var api = new AliyunApi(port);
        var tags = api.vpc("GetIpv4GatewayAttribute", "RegionId", REGION, "Ipv4GatewayId", id).path("Tags");
        assertThat(tags.size()).isEqualTo(1);
        assertThat(tags.path(0).path("Key").asString() + "=" + tags.path(0).path("Value").asString())
                .isEqualTo("env=test");

        MoveResourceGroupRequest move = new MoveResourceGroupRequest();
        move.setResourceType("IPV4GATEWAY");
        move.setResourceId(id);
        move.setNewResourceGroupId("rg-network");
        vpc.call(move);
        assertThat(api.vpc("GetIpv4GatewayAttribute", "RegionId", REGION, "Ipv4GatewayId", id)
                .path("ResourceGroupId").asString()).isEqualTo("rg-network");
    }

    @Test
    void aVpcHasOneGatewayAndAnUnknownVpcNone() throws Exception {
        String vpcId = newVpc();
        gateway(vpcId, "first");
        CreateIpv4GatewayRequest second = new CreateIpv4GatewayRequest();
        second.setVpcId(vpcId);
        assertThat(vpc.refusal(second)).isEqualTo("OperationDenied.VpcExistIpv4Gateway");
        CreateIpv4GatewayRequest nowhere = new CreateIpv4GatewayRequest();
        nowhere.setVpcId("vpc-missing");
        assertThat(vpc.refusal(nowhere)).isEqualTo("OperationFailed.VpcNotExist");
        ListIpv4GatewaysRequest list = new ListIpv4GatewaysRequest();
        assertThat(vpc.call(list).getIpv4GatewayModels()).hasSize(1);
    }

    @Test
    void gatewaysSurviveTheStateRoundTrip() throws Exception {
        String vpcId = newVpc();
        String id = gateway(vpcId, "kept");
        EnableVpcIpv4GatewayRequest enable = new EnableVpcIpv4GatewayRequest();
        enable.setIpv4GatewayId(id);
        vpc.call(enable);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("ipv4Gateways").contains(id);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        var g = read(id);
        assertThat(g.getEnabled()).isTrue();
        assertThat(g.getIpv4GatewayName()).isEqualTo("kept");
    }

    /** Conformance calls: each IPv4 gateway action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String gateway(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.81.0.0/16").path("VpcId").asString();
            return api.vpc("CreateIpv4Gateway", "RegionId", REGION, "VpcId", v).path("Ipv4GatewayId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateIpv4Gateway", api -> AliyunApi.params("RegionId", REGION, "VpcId", api.vpc("CreateVpc",
                    "RegionId", REGION, "CidrBlock", "10.82.0.0/16").path("VpcId").asString(), "Ipv4GatewayName", "gw",
                    "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.vpc("EnableVpcIpv4Gateway", api -> AliyunApi.params("RegionId", REGION, "Ipv4GatewayId", gateway(api)));
            r.vpc("GetIpv4GatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "Ipv4GatewayId",
                    gateway(api)));
            r.vpc("ListIpv4Gateways", api -> AliyunApi.params("RegionId", REGION, "Ipv4GatewayId", gateway(api)));
            r.vpc("UpdateIpv4GatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "Ipv4GatewayId",
                    gateway(api), "Ipv4GatewayName", "gw-2"));
            r.vpc("DeleteIpv4Gateway", api -> AliyunApi.params("RegionId", REGION, "Ipv4GatewayId", gateway(api)));
        }
    }
}
