package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeGrantRulesToCenRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeGrantRulesToCenResponse;
import com.aliyuncs.vpc.model.v20160428.GrantInstanceToCenRequest;
import com.aliyuncs.vpc.model.v20160428.RevokeInstanceFromCenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_cen_instance_grant through the classic VPC SDK in the provider's order: GrantInstanceToCen
 * (InstanceId, InstanceType from the id's prefix, CenId, CenOwnerId, ClientToken) -> DescribeGrantRulesToCen, where
 * the provider looks for its CenId among the rules (none: gone) -> RevokeInstanceFromCen.
 */
class CenGrantTest extends ServerTestBase {
    private static final long OWNER = 1234567890123456L;
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String network() throws Exception {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.50.0.0/16");
        return vpc.call(v).getVpcId();
    }

    private GrantInstanceToCenRequest grant(String vpcId, String cen) {
        GrantInstanceToCenRequest g = new GrantInstanceToCenRequest();
        g.setInstanceId(vpcId);
        g.setInstanceType("VPC");
        g.setCenId(cen);
        g.setCenOwnerId(OWNER);
        g.setClientToken("token-" + cen);
        return g;
    }

    private RevokeInstanceFromCenRequest revoke(String vpcId, String cen) {
        RevokeInstanceFromCenRequest r = new RevokeInstanceFromCenRequest();
        r.setInstanceId(vpcId);
        r.setInstanceType("VPC");
        r.setCenId(cen);
        r.setCenOwnerId(OWNER);
        return r;
    }

    private List<DescribeGrantRulesToCenResponse.CbnGrantRule> rules(String vpcId) throws Exception {
        DescribeGrantRulesToCenRequest d = new DescribeGrantRulesToCenRequest();
        d.setInstanceId(vpcId);
        d.setInstanceType("VPC");
        return vpc.call(d).getCenGrantRules();
    }

    @Test
    void theProvidersGrant() throws Exception {
        String id = network();
        vpc.call(grant(id, "cen-one0000000000001"));
        vpc.call(grant(id, "cen-one0000000000001"));
        vpc.call(grant(id, "cen-two0000000000002"));
        assertThat(rules(id)).extracting(r -> r.getCenInstanceId() + " " + r.getCenOwnerId())
                .containsExactly("cen-one0000000000001 " + OWNER, "cen-two0000000000002 " + OWNER);
        assertThat(rules(id).get(0).getCreationTime()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        vpc.call(revoke(id, "cen-one0000000000001"));
        assertThat(rules(id)).extracting(r -> r.getCenInstanceId()).containsExactly("cen-two0000000000002");
        vpc.call(revoke(id, "cen-one0000000000001"));

        DeleteVpcRequest d = new DeleteVpcRequest();
        d.setVpcId(id);
        vpc.call(d);
        assertThat(rules(id)).as("gone with the VPC").isEmpty();
    }

    @Test
    void refusalsGrantNothing() throws Exception {
        String id = network();
        assertThat(code(() -> vpc.call(grant("vpc-nothere", "cen-one0000000000001"))))
                .isEqualTo("InvalidInstanceId.NotFound");
        assertThat(code(() -> vpc.call(grant(id, "one")))).isEqualTo("IllegalParam.CenInstanceId");
        GrantInstanceToCenRequest vbr = grant("vbr-nothere", "cen-one0000000000001");
        vbr.setInstanceType("VBR");
        assertThat(code(() -> vpc.call(vbr))).isEqualTo("InvalidVbr.NotFound");
        GrantInstanceToCenRequest other = grant(id, "cen-one0000000000001");
        other.setInstanceType("ECS");
        assertThat(code(() -> vpc.call(other))).isEqualTo("InstanceType.Invalid");
        assertThat(rules(id)).isEmpty();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = network();
        vpc.call(grant(id, "cen-kept000000000001"));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(rules(id)).extracting(r -> r.getCenInstanceId() + " " + r.getCenOwnerId())
                .containsExactly("cen-kept000000000001 " + OWNER);
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String vpc(AliyunApi api) {
            return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.51.0.0/16").path("VpcId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("GrantInstanceToCen", api -> AliyunApi.params("RegionId", REGION, "InstanceId", vpc(api),
                    "InstanceType", "VPC", "CenId", "cen-recipe00000000001", "CenOwnerId", "1234567890123456"))
                    .fails("InvalidInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                            "vpc-nothere", "InstanceType", "VPC", "CenId", "cen-recipe00000000001", "CenOwnerId",
                            "1234567890123456"));
            r.vpc("RevokeInstanceFromCen", api -> AliyunApi.params("RegionId", REGION, "InstanceId", vpc(api),
                    "InstanceType", "VPC", "CenId", "cen-recipe00000000001", "CenOwnerId", "1234567890123456"))
                    .fails("InstanceType.Invalid", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                            vpc(api), "InstanceType", "ECS", "CenId", "cen-recipe00000000001", "CenOwnerId",
                            "1234567890123456"));
            r.vpc("DescribeGrantRulesToCen", api -> {
                String id = vpc(api);
                api.vpc("GrantInstanceToCen", "RegionId", REGION, "InstanceId", id, "InstanceType", "VPC", "CenId",
                        "cen-recipe00000000001", "CenOwnerId", "1234567890123456");
                return AliyunApi.params("RegionId", REGION, "InstanceId", id, "InstanceType", "VPC");
            });
        }
    }
}
