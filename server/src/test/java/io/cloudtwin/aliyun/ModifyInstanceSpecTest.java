package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyInstanceSpecRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StartInstanceRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's change of instance_type as the provider makes it (modifyInstanceType): StopInstance,
 * ModifyInstanceSpec with the new type and a client token, StartInstance, then the read; through the new SDK.
 */
class ModifyInstanceSpecTest extends ServerTestBase {
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private DescribeInstancesResponseBodyInstancesInstance describe(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private TeaException refused(ModifyInstanceSpecRequest r) {
        TeaException e = catchThrowableOfType(TeaException.class, () -> client.modifyInstanceSpec(r));
        assertThat(e).isNotNull();
        return e;
    }

    @Test
    void theTypeChangesWhileTheInstanceIsStoppedAndItsShapeFollows() throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION))
                .getBody().getSecurityGroupId();
        String id = client.runInstances(new RunInstancesRequest().setRegionId(REGION)
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        assertThat(describe(id)).extracting("instanceType", "cpu", "memory").containsExactly("ecs.g6.large", 2, 8192);

        TeaException running = refused(new ModifyInstanceSpecRequest().setInstanceId(id).setInstanceType("ecs.g6.xlarge"));
        assertThat(running.getCode()).isEqualTo("InvalidInstanceStatus.NotStopped");
        assertThat(running.getStatusCode()).isEqualTo(400);

        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        TeaException unknown = refused(new ModifyInstanceSpecRequest().setInstanceId(id).setInstanceType("ecs.nope.huge"));
        assertThat(unknown.getCode()).isEqualTo("InvalidInstanceType.ValueNotSupported");
        assertThat(refused(new ModifyInstanceSpecRequest().setInstanceId("i-missing").setInstanceType("ecs.g6.xlarge"))
                .getCode()).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(describe(id)).extracting("instanceType", "cpu", "memory").containsExactly("ecs.g6.large", 2, 8192);

        client.modifyInstanceSpec(new ModifyInstanceSpecRequest().setInstanceId(id).setInstanceType("ecs.g6.xlarge")
                .setClientToken("tf-modify-1"));
        client.startInstance(new StartInstanceRequest().setInstanceId(id));
        var after = describe(id);
        assertThat(after).extracting("instanceType", "cpu", "memory", "status")
                .containsExactly("ecs.g6.xlarge", 4, 16384, "Running");
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceType("ecs.g6.xlarge")).getBody().getInstances().getInstance())
                .extracting("instanceId").contains(id);

        // the bandwidth alone, on the running instance, as ModifyInstanceNetworkSpec would set it
        client.modifyInstanceSpec(new ModifyInstanceSpecRequest().setInstanceId(id).setInternetMaxBandwidthOut(15));
        assertThat(describe(id)).extracting("instanceType", "internetMaxBandwidthOut", "status")
                .containsExactly("ecs.g6.xlarge", 15, "Running");

        // a type and a bandwidth together: a running instance changes neither, a stopped one both
        TeaException both = refused(new ModifyInstanceSpecRequest().setInstanceId(id).setInstanceType("ecs.g6.large")
                .setInternetMaxBandwidthOut(20));
        assertThat(both.getCode()).isEqualTo("InvalidInstanceStatus.NotStopped");
        assertThat(describe(id)).extracting("instanceType", "internetMaxBandwidthOut")
                .containsExactly("ecs.g6.xlarge", 15);
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        client.modifyInstanceSpec(new ModifyInstanceSpecRequest().setInstanceId(id).setInstanceType("ecs.g6.large")
                .setInternetMaxBandwidthOut(20));
        assertThat(describe(id)).extracting("instanceType", "cpu", "internetMaxBandwidthOut")
                .containsExactly("ecs.g6.large", 2, 20);
    }
}
