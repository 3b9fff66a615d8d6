package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateActivationRequest;
import com.aliyun.ecs20140526.models.DeleteActivationRequest;
import com.aliyun.ecs20140526.models.DescribeActivationsRequest;
import com.aliyun.ecs20140526.models.DescribeActivationsResponseBody.DescribeActivationsResponseBodyActivationList;
import com.aliyun.ecs20140526.models.DisableActivationRequest;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_activation through the new ECS SDK in the provider's order: CreateActivation (Description,
 * InstanceCount, InstanceName, IpAddressRange, TimeToLiveInHours) -> DescribeActivations by ActivationId, where an
 * empty ActivationList is the provider's "gone" -> DisableActivation, DeleteActivation; the defaults, the refusals
 * and the state round trip.
 */
class ActivationTest extends ServerTestBase {
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private List<DescribeActivationsResponseBodyActivationList> read(String id) throws Exception {
        return client.describeActivations(new DescribeActivationsRequest().setRegionId(REGION).setActivationId(id))
                .getBody().getActivationList();
    }

    @Test
    void theProvidersActivation() throws Exception {
        var made = client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setDescription("on-premises fleet").setInstanceCount(3).setInstanceName("fleet-host")
                .setIpAddressRange("203.0.113.0/24").setTimeToLiveInHours(12L)
                .setTag(List.of(new CreateActivationRequest.CreateActivationRequestTag().setKey("team")
                        .setValue("ops")))).getBody();
        assertThat(made.getActivationId()).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(made.getActivationCode()).startsWith("a-").hasSizeGreaterThan(20);
        var read = read(made.getActivationId());
        assertThat(read).hasSize(1);
        var a = read.get(0);
        assertThat(a.getDescription()).isEqualTo("on-premises fleet");
        assertThat(a.getInstanceCount()).isEqualTo(3);
        assertThat(a.getInstanceName()).isEqualTo("fleet-host");
        assertThat(a.getIpAddressRange()).isEqualTo("203.0.113.0/24");
        assertThat(a.getTimeToLiveInHours()).isEqualTo(12L);
        assertThat(a.getDisabled()).isFalse();
        assertThat(a.getRegisteredCount()).isZero();
        assertThat(a.getTags()).extracting(t -> t.getTagKey() + "=" + t.getTagValue()).containsExactly("team=ops");

        client.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(REGION).setResourceType("activation")
                .setResourceId(made.getActivationId()).setResourceGroupId("rg-fleet"));
        assertThat(read(made.getActivationId()).get(0).getResourceGroupId()).isEqualTo("rg-fleet");
        var disabled = client.disableActivation(new DisableActivationRequest().setRegionId(REGION)
                .setActivationId(made.getActivationId())).getBody().getActivation();
        assertThat(disabled.getDisabled()).isTrue();
        assertThat(read(made.getActivationId()).get(0).getDisabled()).isTrue();
        var deleted = client.deleteActivation(new DeleteActivationRequest().setRegionId(REGION)
                .setActivationId(made.getActivationId())).getBody().getActivation();
        assertThat(deleted.getActivationId()).isEqualTo(made.getActivationId());
        assertThat(read(made.getActivationId())).as("gone").isEmpty();
        assertThat(code(() -> client.deleteActivation(new DeleteActivationRequest().setRegionId(REGION)
                .setActivationId(made.getActivationId())))).isEqualTo("ActivationId.NotFound");
    }

    @Test
    void theDefaultsAndTheRefusals() throws Exception {
        String id = client.createActivation(new CreateActivationRequest().setRegionId(REGION)).getBody()
                .getActivationId();
        var a = read(id).get(0);
        assertThat(a.getInstanceCount()).isEqualTo(10);
        assertThat(a.getTimeToLiveInHours()).isEqualTo(4L);
        assertThat(a.getIpAddressRange()).isEqualTo("0.0.0.0/0");
        assertThat(code(() -> client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setTimeToLiveInHours(25L)))).isEqualTo("ActivationTTL.ExceedLimit");
        assertThat(code(() -> client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setInstanceCount(0)))).isEqualTo("ActivationLimitation.Invalid");
        assertThat(code(() -> client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setIpAddressRange("somewhere")))).isEqualTo("AddressRange.InvalidPattern");
        assertThat(code(() -> client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setInstanceName("9lives")))).isEqualTo("InstanceName.InvalidPattern");
        assertThat(client.describeActivations(new DescribeActivationsRequest().setRegionId(REGION)).getBody()
                .getTotalCount()).isEqualTo(1L);
        assertThat(code(() -> client.disableActivation(new DisableActivationRequest().setRegionId(REGION)
                .setActivationId("NOT-THERE")))).isEqualTo("ActivationId.NotFound");
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = client.createActivation(new CreateActivationRequest().setRegionId(REGION)
                .setIpAddressRange("198.51.100.1-198.51.100.9")).getBody().getActivationId();
        client.disableActivation(new DisableActivationRequest().setRegionId(REGION).setActivationId(id));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var a = read(id).get(0);
        assertThat(a.getIpAddressRange()).isEqualTo("198.51.100.1-198.51.100.9");
        assertThat(a.getDisabled()).isTrue();
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String activation(AliyunApi api) {
            return api.ecs("CreateActivation", "RegionId", REGION).path("ActivationId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateActivation", api -> AliyunApi.params("RegionId", REGION, "InstanceName", "fleet",
                    "InstanceCount", "5", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("ActivationTTL.ExceedLimit", api -> AliyunApi.params("RegionId", REGION,
                            "TimeToLiveInHours", "48"));
            r.ecs("DescribeActivations", api -> {
                activation(api);
                return AliyunApi.params("RegionId", REGION, "PageSize", "5");
            });
            r.ecs("DisableActivation", api -> AliyunApi.params("RegionId", REGION, "ActivationId", activation(api)))
                    .fails("ActivationId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ActivationId",
                            "NOT-THERE"));
            r.ecs("DeleteActivation", api -> AliyunApi.params("RegionId", REGION, "ActivationId", activation(api)))
                    .fails("ActivationId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ActivationId",
                            "NOT-THERE"));
        }
    }
}
