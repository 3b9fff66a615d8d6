package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcResponse;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyVRouterAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * A VPC's vRouter (501 before), through the classic VPC SDK and the ECS product's deprecated twins: DescribeVRouters
 * lists the router CreateVpc named (VRouterId) with the VPC's route tables, ModifyVRouterAttribute names and
 * describes it, and it goes with its VPC; the state document keeps what was given.
 */
class VRouterTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }

    private DescribeVRoutersResponse.VRouter router(String id) throws Exception {
        var d = local(new DescribeVRoutersRequest());
        d.setVRouterId(id);
        List<DescribeVRoutersResponse.VRouter> found = client.getAcsResponse(d).getVRouters();
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void aVpcsRouterIsListedNamedAndGoesWithIt() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setCidrBlock("10.8.0.0/16");
        CreateVpcResponse vpc = client.getAcsResponse(create);
        var table = local(new CreateRouteTableRequest());
        table.setVpcId(vpc.getVpcId());
        String custom = client.getAcsResponse(table).getRouteTableId();

        var read = router(vpc.getVRouterId());
        assertThat(List.of(read.getVRouterId(), read.getVpcId(), read.getRegionId()))
                .containsExactly(vpc.getVRouterId(), vpc.getVpcId(), REGION);
        assertThat(read.getRouteTableIds()).containsExactlyInAnyOrder(vpc.getRouteTableId(), custom);
        assertThat(read.getVRouterName()).isEmpty();
        assertThat(read.getCreationTime()).isNotEmpty();

        var modify = local(new ModifyVRouterAttributeRequest());
        modify.setVRouterId(vpc.getVRouterId());
        modify.setVRouterName("edge");
        modify.setDescription("the VPC's router");
        client.getAcsResponse(modify);
        var rename = local(new ModifyVRouterAttributeRequest());
        rename.setVRouterId(vpc.getVRouterId());
        rename.setVRouterName("edge-2");
        client.getAcsResponse(rename);
        assertThat(List.of(router(vpc.getVRouterId()).getVRouterName(), router(vpc.getVRouterId()).getDescription()))
                .as("a name alone keeps the description").containsExactly("edge-2", "the VPC's router");

        // the ECS product's twin sees the same router
        var old = local(new com.aliyuncs.ecs.model.v20140526.DescribeVRoutersRequest());
        old.setVRouterId(vpc.getVRouterId());
        assertThat(client.getAcsResponse(old).getVRouters()).singleElement()
                .satisfies(v -> assertThat(v.getVRouterName()).isEqualTo("edge-2"));

        var unknown = local(new ModifyVRouterAttributeRequest());
        unknown.setVRouterId("vrt-nothere0000000000");
        unknown.setVRouterName("x1");
        assertThat(code(() -> client.getAcsResponse(unknown))).isEqualTo("InvalidVRouterId.NotFound");
        var badName = local(new ModifyVRouterAttributeRequest());
        badName.setVRouterId(vpc.getVRouterId());
        badName.setVRouterName("1-not-a-name");
        assertThat(code(() -> client.getAcsResponse(badName))).startsWith("Invalid");
        assertThat(router("vrt-nothere0000000000")).isNull();

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(router(vpc.getVRouterId()).getVRouterName()).isEqualTo("edge-2");

        var deleteTable = local(new com.aliyuncs.vpc.model.v20160428.DeleteRouteTableRequest());
        deleteTable.setRouteTableId(custom);
        client.getAcsResponse(deleteTable);
        var delete = local(new DeleteVpcRequest());
        delete.setVpcId(vpc.getVpcId());
        client.getAcsResponse(delete);
        assertThat(router(vpc.getVRouterId())).isNull();
    }

    /** Conformance recipes (the ECS twins take these too). */
    public static class Recipe implements Recipes.RecipeBook {
        private static String router(AliyunApi api) {
            return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.8.0.0/16").path("VRouterId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("DescribeVRouters", api -> AliyunApi.params("RegionId", REGION, "VRouterId", router(api)));
            r.vpc("ModifyVRouterAttribute", api -> AliyunApi.params("RegionId", REGION, "VRouterId", router(api),
                    "VRouterName", "edge", "Description", "described"))
                    .fails("InvalidVRouterId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VRouterId",
                            "vrt-missing", "VRouterName", "edge"));
        }
    }
}
