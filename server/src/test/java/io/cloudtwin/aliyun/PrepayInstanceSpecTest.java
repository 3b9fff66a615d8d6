package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyDiskChargeTypeRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceSpecRequest;
import com.aliyun.ecs20140526.models.ModifyPrepayInstanceSpecRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StartInstanceRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.EcsTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's change of instance_type for a PrePaid instance as the provider makes it: StopInstance,
 * ModifyPrepayInstanceSpec (InstanceId, InstanceType, OperatorType from operator_type), StartInstance, the read. A
 * subscription may also be upgraded while it runs; a downgrade needs it Stopped; a pay-as-you-go instance is
 * ModifyInstanceSpec's, and a subscription is not.
 */
class PrepayInstanceSpecTest extends EcsTestBase {
    private DescribeInstancesResponseBodyInstancesInstance describe(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private String subscription() throws Exception {
        return ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1).setPeriodUnit("Month"));
    }

    private ModifyPrepayInstanceSpecRequest modify(String id, String type) {
        return new ModifyPrepayInstanceSpecRequest().setRegionId(REGION).setInstanceId(id).setInstanceType(type);
    }

    @Test
    void theProvidersWayAndAnUpgradeWhileRunning() throws Exception {
        String id = subscription();
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        var answer = client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.xlarge").setOperatorType("upgrade"));
        assertThat(answer.getBody().getOrderId()).matches("[0-9]+");
        client.startInstance(new StartInstanceRequest().setInstanceId(id));
        assertThat(describe(id)).extracting("instanceType", "cpu", "memory", "status", "instanceChargeType")
                .containsExactly("ecs.g6.xlarge", 4, 16384, "Running", "PrePaid");

        client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.2xlarge"));
        assertThat(describe(id)).extracting("instanceType", "cpu", "status").containsExactly("ecs.g6.2xlarge", 8,
                "Running");
    }

    @Test
    void aDowngradeNeedsTheInstanceStopped() throws Exception {
        String id = subscription();
        client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.xlarge"));
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.large")
                .setOperatorType("downgrade"))).getCode()).isEqualTo("IncorrectInstanceStatus");
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.large"))).getCode())
                .as("fewer vCPUs is a downgrade however it is named").isEqualTo("IncorrectInstanceStatus");
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.large").setOperatorType("downgrade"));
        assertThat(describe(id)).extracting("instanceType", "cpu", "memory").containsExactly("ecs.g6.large", 2, 8192);
    }

    @Test
    void whatEcsRefusesChangesNothing() throws Exception {
        String payg = ecs.launch(ecs.run());
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify(payg, "ecs.g6.xlarge"))).getCode())
                .isEqualTo("InvalidBillingMethod.ValueNotSupported");
        String id = subscription();
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify(id, "ecs.nope.huge"))).getCode())
                .isEqualTo("InvalidInstanceType.ValueNotSupported");
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify(id, "ecs.g6.xlarge")
                .setOperatorType("sideways"))).getCode()).isEqualTo("InvalidParameter");
        assertThat(refused(() -> client.modifyPrepayInstanceSpec(modify("i-missing", "ecs.g6.xlarge"))).getCode())
                .isEqualTo("InvalidInstanceId.NotFound");
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        assertThat(refused(() -> client.modifyInstanceSpec(new ModifyInstanceSpecRequest().setInstanceId(id)
                .setInstanceType("ecs.g6.xlarge"))).getCode()).as("a subscription's type is not ModifyInstanceSpec's")
                .isEqualTo("ChargeTypeViolation");
        assertThat(refused(() -> client.modifyInstanceSpec(new ModifyInstanceSpecRequest().setInstanceId(id)
                .setInternetMaxBandwidthOut(10))).getCode()).as("nor its bandwidth").isEqualTo("ChargeTypeViolation");
        assertThat(describe(payg).getInstanceType()).isEqualTo("ecs.g6.large");
        assertThat(describe(id).getInstanceType()).isEqualTo("ecs.g6.large");
    }

    private List<DescribeDisksResponseBodyDisksDisk> dataDisks(String instance) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("data")).getBody().getDisks().getDisk();
    }

    /** alicloud_ecs_disk's payment_type changed for a disk of a subscription (ModifyDiskChargeType). */
    @Test
    void theDataDisksOfASubscriptionChangeTheirBilling() throws Exception {
        var withDisks = ecs.run().setInstanceChargeType("PrePaid").setPeriod(1).setPeriodUnit("Month")
                .setDataDisk(List.of(new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(40)
                        .setCategory("cloud_essd"), new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(50)
                        .setCategory("cloud_essd")));
        String id = ecs.launch(withDisks);
        List<String> disks = dataDisks(id).stream().map(DescribeDisksResponseBodyDisksDisk::getDiskId).toList();
        assertThat(disks).hasSize(2);
        assertThat(dataDisks(id)).extracting("diskChargeType").containsOnly("PostPaid");

        var answer = client.modifyDiskChargeType(new ModifyDiskChargeTypeRequest().setRegionId(REGION)
                .setInstanceId(id).setDiskIds("[\"" + disks.get(0) + "\"]").setDiskChargeType("PrePaid"));
        assertThat(answer.getBody().getOrderId()).matches("[0-9]+");
        assertThat(dataDisks(id)).extracting("diskId", "diskChargeType")
                .containsExactlyInAnyOrder(tuple(disks.get(0), "PrePaid"),
                        tuple(disks.get(1), "PostPaid"));

        // a disk of another instance among them: none changes
        String payg = ecs.launch(ecs.run().setDataDisk(List.of(new RunInstancesRequest.RunInstancesRequestDataDisk()
                .setSize(40).setCategory("cloud_essd"))));
        String other = dataDisks(payg).get(0).getDiskId();
        assertThat(refused(() -> client.modifyDiskChargeType(new ModifyDiskChargeTypeRequest().setRegionId(REGION)
                .setInstanceId(id).setDiskIds("[\"" + disks.get(1) + "\",\"" + other + "\"]"))).getCode())
                .isEqualTo("InvalidDiskIds.NotFound");
        assertThat(dataDisks(id).get(1).getDiskChargeType()).isEqualTo("PostPaid");
        assertThat(refused(() -> client.modifyDiskChargeType(new ModifyDiskChargeTypeRequest().setRegionId(REGION)
                .setInstanceId(payg).setDiskIds("[\"" + other + "\"]"))).getCode())
                .as("a pay-as-you-go instance's disks").isEqualTo("ChargeTypeViolation");

        client.modifyDiskChargeType(new ModifyDiskChargeTypeRequest().setRegionId(REGION).setInstanceId(id)
                .setDiskIds("[\"" + disks.get(0) + "\"]").setDiskChargeType("PostPaid"));
        assertThat(dataDisks(id)).extracting("diskChargeType").containsOnly("PostPaid");
    }

    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ModifyPrepayInstanceSpec", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                            api.ecs("RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE, "InstanceType",
                                    "ecs.g6.large", "SecurityGroupId", api.group(), "InstanceChargeType", "PrePaid",
                                    "Period", "1").path("InstanceIdSets").path("InstanceIdSet").path(0).asString(),
                            "InstanceType", "ecs.g6.xlarge"))
                    .fails("InvalidBillingMethod.ValueNotSupported", api -> AliyunApi.params("RegionId", REGION,
                            "InstanceId", api.instance(api.group()), "InstanceType", "ecs.g6.xlarge"))
                    .fails("InvalidInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "InstanceId", "i-missing", "InstanceType", "ecs.g6.xlarge"));
            r.ecs("ModifyDiskChargeType", api -> {
                String id = api.ecs("RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE, "InstanceType",
                        "ecs.g6.large", "SecurityGroupId", api.group(), "InstanceChargeType", "PrePaid", "Period", "1",
                        "DataDisk.1.Size", "40", "DataDisk.1.Category", "cloud_essd").path("InstanceIdSets")
                        .path("InstanceIdSet").path(0).asString();
                String disk = api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", id, "DiskType", "data")
                        .path("Disks").path("Disk").path(0).path("DiskId").asString();
                return AliyunApi.params("RegionId", REGION, "InstanceId", id, "DiskIds", "[\"" + disk + "\"]");
            }).fails("ChargeTypeViolation", api -> AliyunApi.params("RegionId", REGION,
                    "InstanceId", api.instance(api.group()), "DiskIds", "[\"d-missing\"]"));
        }
    }
}
