package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.CreateInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstanceMetadataOptions;
import com.aliyun.ecs20140526.models.ModifyInstanceMetadataOptionsRequest;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.EcsTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's http_endpoint, http_tokens and http_put_response_hop_limit (the metadata service's hardening
 * mode), in the provider's calls: given to RunInstances, read back from DescribeInstances' MetadataOptions, changed by
 * ModifyInstanceMetadataOptions (HttpEndpoint always sent, "enabled" when the configuration has none). Without them an
 * instance has ECS's defaults; values ECS does not take are refused with its codes and change nothing; the options
 * survive the state round trip.
 */
class MetadataOptionsTest extends EcsTestBase {
    private String options(String id) throws Exception {
        DescribeInstancesResponseBodyInstancesInstanceMetadataOptions m = client.describeInstances(
                new DescribeInstancesRequest().setRegionId(REGION).setInstanceIds("[\"" + id + "\"]")).getBody()
                .getInstances().getInstance().get(0).getMetadataOptions();
        return m.getHttpEndpoint() + "/" + m.getHttpTokens() + "/" + m.getHttpPutResponseHopLimit();
    }

    private Object modify(ModifyInstanceMetadataOptionsRequest r) throws Exception {
        return client.modifyInstanceMetadataOptions(r.setRegionId(REGION));
    }

    @Test
    void theHardeningModeTheProvidersWay() throws Exception {
        String id = ecs.launch(ecs.run().setHttpEndpoint("enabled").setHttpTokens("required")
                .setHttpPutResponseHopLimit(2));
        assertThat(options(id)).isEqualTo("enabled/required/2");

        modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId(id).setHttpEndpoint("enabled")
                .setHttpTokens("optional"));
        assertThat(options(id)).as("the hop limit kept").isEqualTo("enabled/optional/2");
        modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId(id).setHttpEndpoint("disabled"));
        assertThat(options(id)).as("the tokens kept").isEqualTo("disabled/optional/2");
    }

    @Test
    void ecsDefaultsAndWhatEcsRefuses() throws Exception {
        String plain = ecs.launch(ecs.run());
        assertThat(options(plain)).isEqualTo("enabled/optional/1");
        String created = client.createInstance(new CreateInstanceRequest().setRegionId(REGION)
                .setImageId(TeaEcs.IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(ecs.group()).setZoneId("cn-hangzhou-i").setHttpTokens("required")).getBody()
                .getInstanceId();
        assertThat(options(created)).isEqualTo("enabled/required/1");

        assertThat(refused(() -> ecs.launch(ecs.run().setHttpTokens("always"))).getCode())
                .isEqualTo("InvalidHttpTokens.NotSupported");
        assertThat(refused(() -> ecs.launch(ecs.run().setHttpPutResponseHopLimit(65))).getCode())
                .isEqualTo("InvalidHttpPutResponseHopLimit.NotSupported");
        assertThat(refused(() -> modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId(plain)
                .setHttpEndpoint("on"))).getCode()).isEqualTo("InvalidHttpEndpoint.NotSupported");
        assertThat(refused(() -> modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId(plain)
                .setHttpEndpoint("enabled").setHttpPutResponseHopLimit(0))).getCode())
                .isEqualTo("InvalidHttpPutResponseHopLimit.NotSupported");
        assertThat(refused(() -> modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId(plain)
                .setHttpEndpoint("enabled").setInstanceMetadataTags("enabled"))).getCode())
                .isEqualTo("InvalidInstanceMetadataTags.NotSupported");
        assertThat(refused(() -> modify(new ModifyInstanceMetadataOptionsRequest().setInstanceId("i-missing")
                .setHttpEndpoint("enabled"))).getCode()).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(options(plain)).as("refusals changed nothing").isEqualTo("enabled/optional/1");
    }

    @Test
    void optionsRoundTripTheState() throws Exception {
        String id = ecs.launch(ecs.run().setHttpTokens("required").setHttpPutResponseHopLimit(3));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(options(id)).isEqualTo("enabled/required/3");
    }
}
