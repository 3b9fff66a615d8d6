package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.DescribeInstanceAttachmentAttributesRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceAttachmentAttributesRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceAttachmentAttributesRequest.ModifyInstanceAttachmentAttributesRequestPrivatePoolOptions;
import com.aliyun.ecs20140526.models.RunInstancesRequest.RunInstancesRequestPrivatePoolOptions;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.EcsTestBase;

/**
 * alicloud_instance's private_pool_options_match_criteria and private_pool_options_id through the Tea client: set by
 * RunInstances, read back by DescribeInstanceAttachmentAttributes, changed by ModifyInstanceAttachmentAttributes.
 * Target names a capacity reservation (CapacityReservationTest); one that names none is refused.
 */
class PrivatePoolOptionsTest extends EcsTestBase {
    private String criteria(String instance) throws Exception {
        return client.describeInstanceAttachmentAttributes(new DescribeInstanceAttachmentAttributesRequest()
                        .setRegionId(REGION).setInstanceIds("[\"" + instance + "\"]")).getBody().getInstances()
                .getInstance().get(0).getPrivatePoolOptionsMatchCriteria();
    }

    private ModifyInstanceAttachmentAttributesRequest modify(String instance, String criteria, String poolId) {
        return new ModifyInstanceAttachmentAttributesRequest().setRegionId(REGION).setInstanceId(instance)
                .setPrivatePoolOptions(new ModifyInstanceAttachmentAttributesRequestPrivatePoolOptions()
                        .setMatchCriteria(criteria).setId(poolId));
    }

    @Test
    void anInstanceKeepsHowItMatchesPrivatePools() throws Exception {
        String open = ecs.launch(ecs.run().setPrivatePoolOptions(new RunInstancesRequestPrivatePoolOptions()
                .setMatchCriteria("Open")));
        assertThat(criteria(open)).isEqualTo("Open");
        String plain = ecs.launch(ecs.run());
        assertThat(criteria(plain)).as("never given").isEqualTo("None");

        client.modifyInstanceAttachmentAttributes(modify(open, "None", null));
        assertThat(criteria(open)).isEqualTo("None");
        client.modifyInstanceAttachmentAttributes(modify(plain, "Open", null));
        assertThat(criteria(plain)).isEqualTo("Open");

        assertThat(refused(() -> client.modifyInstanceAttachmentAttributes(modify(plain, "Target", null))).getCode())
                .isEqualTo("MissingParameter.PrivatePoolOptions.Id");
        assertThat(refused(() -> client.modifyInstanceAttachmentAttributes(modify(plain, "Target", "eap-nothere")))
                .getCode()).as("no such private pool").isEqualTo("Invalid.PrivatePoolOptions.Id");
        assertThat(refused(() -> ecs.launch(ecs.run().setPrivatePoolOptions(new RunInstancesRequestPrivatePoolOptions()
                .setMatchCriteria("Target").setId("eap-nothere")))).getCode()).isEqualTo("Invalid.PrivatePoolOptions.Id");
        assertThat(refused(() -> client.modifyInstanceAttachmentAttributes(modify("i-nothere", "Open", null)))
                .getCode()).isEqualTo("Invalid.InstanceId");
        assertThat(criteria(plain)).as("a refusal changes nothing").isEqualTo("Open");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(criteria(plain)).as("kept through the state document").isEqualTo("Open");
    }

    /** Conformance calls: the change of an instance's private pool matching. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ModifyInstanceAttachmentAttributes", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                    api.instance(api.group()), "PrivatePoolOptions.MatchCriteria", "Open"));
        }
    }
}
