package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateHpcClusterRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteHpcClusterRequest;
import com.aliyun.ecs20140526.models.DescribeHpcClustersRequest;
import com.aliyun.ecs20140526.models.DescribeHpcClustersResponseBody.DescribeHpcClustersResponseBodyHpcClustersHpcCluster;
import com.aliyun.ecs20140526.models.ModifyHpcClusterAttributeRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaCalls;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_hpc_cluster through the ECS SDK in the provider's order: CreateHpcCluster (Name,
 * Description, ClientToken) -> DescribeHpcClusters (HpcClusterIds=["hpc-..."]) -> ModifyHpcClusterAttribute ->
 * DeleteHpcCluster -> an empty list, which the provider reads as gone. The catalog has no SCC instance type, the only
 * ones that join a cluster, so an instance launched into one is refused as the API refuses any other type.
 */
class HpcClusterTest extends ServerTestBase {
    private Client ecs;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String create(String name, String description, String token) throws Exception {
        return ecs.createHpcCluster(new CreateHpcClusterRequest().setRegionId(REGION).setName(name)
                .setDescription(description).setClientToken(token)).getBody().getHpcClusterId();
    }

    private List<DescribeHpcClustersResponseBodyHpcClustersHpcCluster> read(String id) throws Exception {
        return ecs.describeHpcClusters(new DescribeHpcClustersRequest().setRegionId(REGION)
                .setHpcClusterIds("[\"" + id + "\"]")).getBody().getHpcClusters().getHpcCluster();
    }

    @Test
    void theProvidersCluster() throws Exception {
        String id = create("solver", "the solver's nodes", "token-1");
        assertThat(id).matches("hpc-[a-z0-9]{20}");
        assertThat(create("solver", "the solver's nodes", "token-1")).as("the same token").isEqualTo(id);
        assertThat(read(id)).singleElement().satisfies(c -> {
            assertThat(c.getHpcClusterId()).isEqualTo(id);
            assertThat(c.getName()).isEqualTo("solver");
            assertThat(c.getDescription()).isEqualTo("the solver's nodes");
        });

        ecs.modifyHpcClusterAttribute(new ModifyHpcClusterAttributeRequest().setRegionId(REGION).setHpcClusterId(id)
                .setName("solver-2"));
        assertThat(read(id).get(0).getName()).isEqualTo("solver-2");
        assertThat(read(id).get(0).getDescription()).as("left as it was").isEqualTo("the solver's nodes");

        ecs.deleteHpcCluster(new DeleteHpcClusterRequest().setRegionId(REGION).setHpcClusterId(id));
        assertThat(read(id)).isEmpty();
        assertThat(TeaCalls.code(() -> ecs.deleteHpcCluster(new DeleteHpcClusterRequest().setRegionId(REGION)
                .setHpcClusterId(id)))).isEqualTo("NotExists.HpcCluster");
        assertThat(TeaCalls.code(() -> ecs.modifyHpcClusterAttribute(new ModifyHpcClusterAttributeRequest()
                .setRegionId(REGION).setHpcClusterId(id).setName("again")))).isEqualTo("HpcClusterNotExists");
    }

    @Test
    void namesAndChangesAreCheckedAsTheApiChecksThem() throws Exception {
        assertThat(TeaCalls.code(() -> create("1st", null, null))).isEqualTo("InvalidHpcClusterName.Malformed");
        assertThat(TeaCalls.code(() -> create("http://cluster", null, null)))
                .isEqualTo("InvalidHpcClusterName.Malformed");
        assertThat(TeaCalls.code(() -> create("cluster", "https://example.com", null)))
                .isEqualTo("InvalidHpcClusterDescription.Malformed");
        String id = create("cluster", null, null);
        assertThat(TeaCalls.code(() -> ecs.modifyHpcClusterAttribute(new ModifyHpcClusterAttributeRequest()
                .setRegionId(REGION).setHpcClusterId(id)))).isEqualTo("InvalidModifyInfo");
        assertThat(read(id).get(0).getDescription()).isEmpty();
    }

    @Test
    void instancesOfTheCatalogDoNotJoinOne() throws Exception {
        String id = create("cluster", null, null);
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        RunInstancesRequest run = new RunInstancesRequest().setRegionId(REGION).setImageId(TeaEcs.IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setZoneId(REGION + "-i");

        assertThat(TeaCalls.code(() -> ecs.runInstances(run.setHpcClusterId(id))))
                .isEqualTo("InvalidHpcClusterId.Unnecessary");
        assertThat(TeaCalls.code(() -> ecs.runInstances(run.setHpcClusterId("hpc-none"))))
                .isEqualTo("InvalidHpcClusterId.NotFound");
        ecs.deleteHpcCluster(new DeleteHpcClusterRequest().setRegionId(REGION).setHpcClusterId(id));
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = create("kept", "across an export", null);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(id)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(read(id)).singleElement().satisfies(c ->
                assertThat(c.getName() + " " + c.getDescription()).isEqualTo("kept across an export"));
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String cluster(AliyunApi api) {
            return api.ecs("CreateHpcCluster", "RegionId", REGION, "Name", "cluster").path("HpcClusterId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateHpcCluster", api -> AliyunApi.params("RegionId", REGION, "Name", "cluster", "Description",
                    "a cluster"))
                    .fails("InvalidHpcClusterName.Malformed", api -> AliyunApi.params("RegionId", REGION, "Name",
                            "-"));
            r.ecs("DescribeHpcClusters", api -> AliyunApi.params("RegionId", REGION, "HpcClusterIds",
                    "[\"" + cluster(api) + "\"]"));
            r.ecs("ModifyHpcClusterAttribute", api -> AliyunApi.params("RegionId", REGION, "HpcClusterId",
                    cluster(api), "Description", "renamed"))
                    .fails("InvalidModifyInfo", api -> AliyunApi.params("RegionId", REGION, "HpcClusterId",
                            cluster(api)));
            r.ecs("DeleteHpcCluster", api -> AliyunApi.params("RegionId", REGION, "HpcClusterId", cluster(api)))
                    .fails("NotExists.HpcCluster", api -> AliyunApi.params("RegionId", REGION, "HpcClusterId",
                            "hpc-none"));
        }
    }
}
