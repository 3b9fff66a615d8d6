package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AllocateDedicatedHostsRequest;
import com.aliyun.ecs20140526.models.CreateDedicatedHostClusterRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteDedicatedHostClusterRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeDedicatedHostClustersRequest;
import com.aliyun.ecs20140526.models.DescribeDedicatedHostTypesRequest;
import com.aliyun.ecs20140526.models.DescribeDedicatedHostsRequest;
import com.aliyun.ecs20140526.models.DescribeDedicatedHostsResponseBody.DescribeDedicatedHostsResponseBodyDedicatedHostsDedicatedHost;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.ModifyDedicatedHostAttributeRequest;
import com.aliyun.ecs20140526.models.ModifyDedicatedHostAutoReleaseTimeRequest;
import com.aliyun.ecs20140526.models.ModifyDedicatedHostClusterAttributeRequest;
import com.aliyun.ecs20140526.models.ModifyDedicatedHostsChargeTypeRequest;
import com.aliyun.ecs20140526.models.ReleaseDedicatedHostRequest;
import com.aliyun.ecs20140526.models.RenewDedicatedHostsRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaCalls;

/**
 * Terraform's alicloud_ecs_dedicated_host and an alicloud_instance with dedicated_host_id, through the ECS SDK in the
 * provider's order: AllocateDedicatedHosts -> DescribeDedicatedHosts (DedicatedHostIds=["dh-..."]) until Available ->
 * TagResources (ddh) -> ModifyDedicatedHostAutoReleaseTime -> ModifyDedicatedHostAttribute -> RunInstances with
 * DedicatedHostId -> DescribeInstances' DedicatedHostAttribute -> ReleaseDedicatedHost, refused while the instance
 * runs there -> an empty list, gone.
 */
class DedicatedHostTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final String ZONE = REGION + "-h";

    private Client ecs;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String allocate(String type) throws Exception {
        return ecs.allocateDedicatedHosts(new AllocateDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostType(type).setZoneId(ZONE).setActionOnMaintenance("Stop").setAutoPlacement("on")
                .setQuantity(1)).getBody().getDedicatedHostIdSets().getDedicatedHostId().get(0);
    }

    private List<DescribeDedicatedHostsResponseBodyDedicatedHostsDedicatedHost> read(String id) throws Exception {
        return ecs.describeDedicatedHosts(new DescribeDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostIds("[\"" + id + "\"]")).getBody().getDedicatedHosts().getDedicatedHost();
    }

    private RunInstancesRequest launch(String host, String type) throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE).setInstanceType(type)
                .setSecurityGroupId(group).setZoneId(ZONE).setDedicatedHostId(host);
    }

    @Test
    void theProvidersHostWithAnInstanceOnIt() throws Exception {
        String id = allocate("ddh.g6");
        assertThat(id).matches("dh-[a-z0-9]{20}");
        var h = read(id).get(0);
        assertThat(List.of(h.getDedicatedHostId(), h.getStatus(), h.getDedicatedHostType(), h.getZoneId(),
                h.getActionOnMaintenance(), h.getAutoPlacement(), h.getChargeType(), h.getAutoReleaseTime()))
                .containsExactly(id, "Available", "ddh.g6", ZONE, "Stop", "on", "PostPaid", "");
        assertThat(h.getSupportedInstanceTypeFamilies().getSupportedInstanceTypeFamily()).containsExactly("ecs.g6");
        assertThat(h.getSupportedInstanceTypesList().getSupportedInstanceTypesList()).contains("ecs.g6.large");
        assertThat(h.getNetworkAttributes()).as("an object, which the provider reads").isNotNull();

        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("ddh").setResourceId(List.of(id))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("env").setValue("test"))));
        ecs.modifyDedicatedHostAutoReleaseTime(new ModifyDedicatedHostAutoReleaseTimeRequest().setRegionId(REGION)
                .setDedicatedHostId(id).setAutoReleaseTime("2099-01-01T00:00:00Z"));
        ecs.modifyDedicatedHostAttribute(new ModifyDedicatedHostAttributeRequest().setRegionId(REGION)
                .setDedicatedHostId(id).setDedicatedHostName("db-host").setDescription("for the database")
                .setActionOnMaintenance("Migrate"));
        h = read(id).get(0);
        assertThat(List.of(h.getDedicatedHostName(), h.getDescription(), h.getActionOnMaintenance(),
                h.getAutoReleaseTime(), h.getAutoPlacement())).as("the given ones changed, the rest kept")
                .containsExactly("db-host", "for the database", "Migrate", "2099-01-01T00:00:00Z", "on");
        assertThat(h.getTags().getTag()).singleElement()
                .satisfies(t -> assertThat(t.getTagKey() + "=" + t.getTagValue()).isEqualTo("env=test"));

        assertThat(TeaCalls.code(() -> ecs.runInstances(launch(id, "ecs.c6.large"))))
                .as("the host's family only").isEqualTo("DedicatedHostType.Unmatched");
        String instance = ecs.runInstances(launch(id, "ecs.g6.large")).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
        var described = ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + instance + "\"]")).getBody().getInstances().getInstance().get(0);
        assertThat(described.getDedicatedHostAttribute().getDedicatedHostId()).isEqualTo(id);
        assertThat(read(id).get(0).getInstances().getInstance()).singleElement().satisfies(i -> {
            assertThat(i.getInstanceId()).isEqualTo(instance);
            assertThat(i.getInstanceType()).isEqualTo("ecs.g6.large");
        });

        ReleaseDedicatedHostRequest release = new ReleaseDedicatedHostRequest().setRegionId(REGION)
                .setDedicatedHostId(id);
        assertThat(TeaCalls.code(() -> ecs.releaseDedicatedHost(release))).isEqualTo("InstanceExist");
        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        assertThat(read(id).get(0).getInstances().getInstance()).as("gone with the instance").isEmpty();
        ecs.releaseDedicatedHost(release);
        assertThat(read(id)).as("the provider's gone").isEmpty();
        assertThat(TeaCalls.code(() -> ecs.releaseDedicatedHost(release)))
                .isEqualTo("InvalidDedicatedHostId.NotFound");
    }

    @Test
    void subscriptionsRenewChangeAndAreRefusedWhatTheCloudRefuses() throws Exception {
        assertThat(TeaCalls.code(() -> allocate("ddh.t5"))).as("burstable: no dedicated host")
                .isEqualTo("InvalidDedicatedHostType.ValueNotSupported");
        assertThat(TeaCalls.code(() -> ecs.allocateDedicatedHosts(new AllocateDedicatedHostsRequest()
                .setRegionId(REGION).setDedicatedHostType("ddh.g6").setZoneId("cn-nowhere-z"))))
                .isEqualTo("InvalidZoneId.NotFound");
        String id = allocate("ddh.c6");
        String other = REGION + "-i";
        assertThat(TeaCalls.code(() -> ecs.runInstances(launch(id, "ecs.c6.large").setZoneId(other))))
                .isEqualTo("ResourcesNotInSameZone");
        assertThat(TeaCalls.code(() -> ecs.renewDedicatedHosts(new RenewDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostIds("[\"" + id + "\"]").setPeriod(1).setPeriodUnit("Month"))))
                .as("pay-as-you-go").isEqualTo("ChargeTypeViolation");

        ecs.modifyDedicatedHostsChargeType(new ModifyDedicatedHostsChargeTypeRequest().setRegionId(REGION)
                .setDedicatedHostIds("[\"" + id + "\"]").setDedicatedHostChargeType("PrePaid").setPeriod(1)
                .setPeriodUnit("Month").setAutoPay(true));
        var h = read(id).get(0);
        assertThat(h.getChargeType() + " " + h.getSaleCycle()).isEqualTo("PrePaid Month");
        String first = h.getExpiredTime();
        ecs.renewDedicatedHosts(new RenewDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostIds("[\"" + id + "\"]").setPeriod(1).setPeriodUnit("Year"));
        assertThat(read(id).get(0).getExpiredTime()).isGreaterThan(first);
        ReleaseDedicatedHostRequest release = new ReleaseDedicatedHostRequest().setRegionId(REGION)
                .setDedicatedHostId(id);
        assertThat(TeaCalls.code(() -> ecs.releaseDedicatedHost(release))).as("a subscription")
                .isEqualTo("ChargeTypeViolation");
        new AliyunApi(port).ecs("ReleaseDedicatedHost", "RegionId", REGION, "DedicatedHostId", id,
                "TerminateSubscription", "true");
        assertThat(read(id)).isEmpty();

        var types = ecs.describeDedicatedHostTypes(new DescribeDedicatedHostTypesRequest().setRegionId(REGION)
                .setSupportedInstanceTypeFamily("ecs.g6")).getBody().getDedicatedHostTypes().getDedicatedHostType();
        assertThat(types).singleElement().satisfies(t -> assertThat(t.getDedicatedHostType()).isEqualTo("ddh.g6"));
    }

    @Test
    void theDataSourcesFiltersAndTheStateRoundTrip() throws Exception {
        String cluster = ecs.createDedicatedHostCluster(new CreateDedicatedHostClusterRequest().setRegionId(REGION)
                .setZoneId(ZONE)).getBody().getDedicatedHostClusterId();
        String id = ecs.allocateDedicatedHosts(new AllocateDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostType("ddh.r6").setZoneId(ZONE).setDedicatedHostClusterId(cluster)).getBody()
                .getDedicatedHostIdSets().getDedicatedHostId().get(0);
        var api = new AliyunApi(port);
        assertThat(api.ecs("DescribeDedicatedHosts", "RegionId", REGION, "DedicatedHostId", id, "PageSize", "50")
                .at("/DedicatedHosts/DedicatedHost/0/DedicatedHostId").asString()).isEqualTo(id);
        assertThat(api.ecs("DescribeDedicatedHosts", "RegionId", REGION, "DedicatedHostId", id, "Status",
                "PermanentFailure").at("/TotalCount").asInt()).isZero();

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(id)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(read(id).get(0).getDedicatedHostType()).isEqualTo("ddh.r6");
        assertThat(read(id).get(0).getDedicatedHostClusterId()).as("in its cluster again").isEqualTo(cluster);
        assertThat(TeaCalls.code(() -> ecs.deleteDedicatedHostCluster(new DeleteDedicatedHostClusterRequest()
                .setRegionId(REGION).setDedicatedHostClusterId(cluster)))).isEqualTo("DedicatedHostExists");
    }

    @Test
    void aClusterGroupsHostsOfItsZone() throws Exception {
        String cluster = ecs.createDedicatedHostCluster(new CreateDedicatedHostClusterRequest().setRegionId(REGION)
                .setZoneId(ZONE).setDedicatedHostClusterName("db-hosts").setDescription("the database's"))
                .getBody().getDedicatedHostClusterId();
        String host = ecs.allocateDedicatedHosts(new AllocateDedicatedHostsRequest().setRegionId(REGION)
                .setDedicatedHostType("ddh.g6").setZoneId(ZONE).setDedicatedHostClusterId(cluster)).getBody()
                .getDedicatedHostIdSets().getDedicatedHostId().get(0);
        assertThat(read(host).get(0).getDedicatedHostClusterId()).isEqualTo(cluster);
        var listed = ecs.describeDedicatedHostClusters(new DescribeDedicatedHostClustersRequest().setRegionId(REGION)
                .setDedicatedHostClusterIds("[\"" + cluster + "\"]")).getBody().getDedicatedHostClusters()
                .getDedicatedHostCluster();
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.getDedicatedHostClusterName() + " " + c.getZoneId()).isEqualTo("db-hosts " + ZONE);
            assertThat(c.getDedicatedHostIds().getDedicatedHostId()).containsExactly(host);
        });
        ecs.modifyDedicatedHostClusterAttribute(new ModifyDedicatedHostClusterAttributeRequest().setRegionId(REGION)
                .setDedicatedHostClusterId(cluster).setDedicatedHostClusterName("db-hosts-2"));

        String elsewhere = ecs.createDedicatedHostCluster(new CreateDedicatedHostClusterRequest().setRegionId(REGION)
                .setZoneId(REGION + "-i")).getBody().getDedicatedHostClusterId();
        assertThat(TeaCalls.code(() -> ecs.modifyDedicatedHostAttribute(new ModifyDedicatedHostAttributeRequest()
                .setRegionId(REGION).setDedicatedHostId(host).setDedicatedHostClusterId(elsewhere))))
                .as("another zone's cluster").isEqualTo("InvalidDedicatedHostClusterId.NotMatch");
        DeleteDedicatedHostClusterRequest delete = new DeleteDedicatedHostClusterRequest().setRegionId(REGION)
                .setDedicatedHostClusterId(cluster);
        assertThat(TeaCalls.code(() -> ecs.deleteDedicatedHostCluster(delete))).isEqualTo("DedicatedHostExists");
        ecs.releaseDedicatedHost(new ReleaseDedicatedHostRequest().setRegionId(REGION).setDedicatedHostId(host));
        ecs.deleteDedicatedHostCluster(delete);
        assertThat(ecs.describeDedicatedHostClusters(new DescribeDedicatedHostClustersRequest().setRegionId(REGION)
                .setDedicatedHostClusterIds("[\"" + cluster + "\"]")).getBody().getDedicatedHostClusters()
                .getDedicatedHostCluster()).as("the provider's gone").isEmpty();
    }

    /** Conformance calls: each dedicated host action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String host(AliyunApi api) {
            return api.ecs("AllocateDedicatedHosts", "RegionId", REGION, "DedicatedHostType", "ddh.g6")
                    .at("/DedicatedHostIdSets/DedicatedHostId/0").asString();
        }

        private static String cluster(AliyunApi api) {
            return api.ecs("CreateDedicatedHostCluster", "RegionId", REGION, "ZoneId", ZONE)
                    .path("DedicatedHostClusterId").asString();
        }

        private static String prepaid(AliyunApi api) {
            return api.ecs("AllocateDedicatedHosts", "RegionId", REGION, "DedicatedHostType", "ddh.g6", "ChargeType",
                    "PrePaid", "Period", "1", "PeriodUnit", "Month").at("/DedicatedHostIdSets/DedicatedHostId/0")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("AllocateDedicatedHosts", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostType", "ddh.c6",
                    "ZoneId", ZONE, "DedicatedHostName", "host", "Description", "a host",
                    "NetworkAttributes.UdpTimeout", "60", "NetworkAttributes.SlbUdpTimeout", "60", "Tag.1.Key", "k",
                    "Tag.1.Value", "v", "Quantity", "2"))
                    .fails("InvalidDedicatedHostType.ValueNotSupported", api -> AliyunApi.params("RegionId", REGION,
                            "DedicatedHostType", "ddh.none"));
            r.ecs("DescribeDedicatedHosts", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostIds",
                    "[\"" + host(api) + "\"]"));
            r.ecs("ModifyDedicatedHostAttribute", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostId",
                    host(api), "AutoPlacement", "off"));
            r.ecs("ModifyDedicatedHostAutoReleaseTime", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostId",
                    host(api), "AutoReleaseTime", "2099-01-01T00:00:00Z"));
            r.ecs("ReleaseDedicatedHost", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostId", host(api)))
                    .fails("InvalidDedicatedHostId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "DedicatedHostId", "dh-none"));
            r.ecs("RenewDedicatedHosts", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostIds",
                    "[\"" + prepaid(api) + "\"]", "Period", "2", "PeriodUnit", "Week"));
            r.ecs("ModifyDedicatedHostsChargeType", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostIds",
                    "[\"" + prepaid(api) + "\"]", "DedicatedHostChargeType", "PostPaid"));
            r.ecs("DescribeDedicatedHostTypes", api -> AliyunApi.params("RegionId", REGION));
            r.ecs("CreateDedicatedHostCluster", api -> AliyunApi.params("RegionId", REGION, "ZoneId", ZONE,
                    "DedicatedHostClusterName", "cluster", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidZone.NotFound", api -> AliyunApi.params("RegionId", REGION, "ZoneId", "nowhere"));
            r.ecs("DescribeDedicatedHostClusters", api -> AliyunApi.params("RegionId", REGION,
                    "DedicatedHostClusterIds", "[\"" + cluster(api) + "\"]"));
            r.ecs("ModifyDedicatedHostClusterAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "DedicatedHostClusterId", cluster(api), "Description", "renamed"));
            r.ecs("DeleteDedicatedHostCluster", api -> AliyunApi.params("RegionId", REGION, "DedicatedHostClusterId",
                    cluster(api)));
        }
    }
}
