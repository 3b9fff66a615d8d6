package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.AttachInstanceRamRoleRequest;
import com.aliyun.ecs20140526.models.AttachInstanceRamRoleResponseBody;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceRamRoleRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DetachInstanceRamRoleRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.EcsTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's role_name and alicloud_ecs_ram_role_attachment in the provider's calls: RunInstances with
 * RamRoleName, read back by DescribeInstanceRamRole (InstanceIds, and RamRoleName for the attachment); a change is
 * DetachInstanceRamRole of the old role, then AttachInstanceRamRole of the new one, each answering per instance.
 * One role per instance of a VPC; what ECS refuses changes nothing; the role goes with the instance and survives the
 * state round trip.
 */
class InstanceRamRoleTest extends EcsTestBase {
    private String vSwitch;
    private String group;

    @BeforeEach
    void network() throws Exception {
        String vpc = client.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock("10.60.0.0/16")).getBody()
                .getVpcId();
        vSwitch = client.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc)
                .setCidrBlock("10.60.1.0/24").setZoneId(REGION + "-h")).getBody().getVSwitchId();
        group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
    }

    private RunInstancesRequest inVpc() {
        return new RunInstancesRequest().setRegionId(REGION).setImageId(TeaEcs.IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setVSwitchId(vSwitch);
    }

    private String role(String id) throws Exception {
        var sets = client.describeInstanceRamRole(new DescribeInstanceRamRoleRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstanceRamRoleSets().getInstanceRamRoleSet();
        assertThat(sets).hasSize(1);
        return sets.get(0).getRamRoleName();
    }

    private List<String> attachedTo(String id, String role) throws Exception {
        return client.describeInstanceRamRole(new DescribeInstanceRamRoleRequest().setRegionId(REGION)
                        .setInstanceIds("[\"" + id + "\"]").setRamRoleName(role)).getBody().getInstanceRamRoleSets()
                .getInstanceRamRoleSet().stream().map(s -> s.getInstanceId() + " " + s.getRamRoleName()).toList();
    }

    private AttachInstanceRamRoleResponseBody attach(String role, String... ids) throws Exception {
        return client.attachInstanceRamRole(new AttachInstanceRamRoleRequest().setRegionId(REGION).setRamRoleName(role)
                .setInstanceIds(json(ids))).getBody();
    }

    private static String json(String... ids) {
        return "[" + String.join(",", List.of(ids).stream().map(i -> "\"" + i + "\"").toList()) + "]";
    }

    @Test
    void anInstancesRoleNameInTheProvidersSteps() throws Exception {
        String id = ecs.launch(inVpc().setRamRoleName("app-role"));
        assertThat(role(id)).isEqualTo("app-role");
        // role_name changed: the old one detached, the new one attached
        var detached = client.detachInstanceRamRole(new DetachInstanceRamRoleRequest().setRegionId(REGION)
                .setRamRoleName("app-role").setInstanceIds(json(id))).getBody();
        assertThat(detached.getFailCount()).isZero();
        assertThat(detached.getDetachInstanceRamRoleResults().getDetachInstanceRamRoleResult()).singleElement()
                .satisfies(r -> assertThat(r.getInstanceRamRoleSets().getInstanceRamRoleSet().get(0).getRamRoleName())
                        .isEqualTo("app-role"));
        assertThat(role(id)).isEmpty();
        var attached = attach("app-role.v2", id);
        assertThat(List.of(attached.getTotalCount(), attached.getFailCount())).containsExactly(1, 0);
        assertThat(attached.getAttachInstanceRamRoleResults().getAttachInstanceRamRoleResult()).singleElement()
                .satisfies(r -> assertThat(List.of(r.getInstanceId(), r.getCode(), r.getSuccess().toString()))
                        .containsExactly(id, "200", "true"));
        assertThat(role(id)).isEqualTo("app-role.v2");
    }

    @Test
    void theAttachmentResourceAndItsPerInstanceResults() throws Exception {
        String a = ecs.launch(inVpc());
        String b = ecs.launch(inVpc());
        var answer = attach("ops", a, "i-missing", b);
        assertThat(List.of(answer.getTotalCount(), answer.getFailCount())).containsExactly(3, 1);
        assertThat(answer.getAttachInstanceRamRoleResults().getAttachInstanceRamRoleResult())
                .extracting(r -> r.getInstanceId() + " " + r.getSuccess() + " " + r.getCode())
                .containsExactly(a + " true 200", "i-missing false InvalidInstanceId.NotFound", b + " true 200");
        // the attachment's read: the instance and the role
        assertThat(attachedTo(a, "ops")).containsExactly(a + " ops");
        assertThat(attachedTo(a, "other")).isEmpty();
        assertThat(attach("ops", a).getFailCount()).as("the same role again").isZero();

        var another = attach("other", a);
        assertThat(another.getAttachInstanceRamRoleResults().getAttachInstanceRamRoleResult().get(0).getCode())
                .as("one role per instance").isEqualTo("InvalidParameter");
        assertThat(role(a)).isEqualTo("ops");
        var wrong = client.detachInstanceRamRole(new DetachInstanceRamRoleRequest().setRegionId(REGION)
                .setRamRoleName("other").setInstanceIds(json(a))).getBody();
        assertThat(wrong.getFailCount()).isEqualTo(1);
        assertThat(role(a)).isEqualTo("ops");
        // the attachment's delete: gone, as its read sees it
        client.detachInstanceRamRole(new DetachInstanceRamRoleRequest().setRegionId(REGION).setRamRoleName("ops")
                .setInstanceIds(json(a, b)));
        assertThat(attachedTo(a, "ops")).isEmpty();
        assertThat(role(b)).isEmpty();
    }

    @Test
    void whatEcsRefusesChangesNothing() throws Exception {
        long before = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount();
        assertThat(refused(() -> ecs.launch(ecs.run().setRamRoleName("app-role"))).getCode())
                .as("a classic instance").isEqualTo("InvalidNetworkType.MismatchRamRole");
        assertThat(refused(() -> ecs.launch(inVpc().setRamRoleName("no spaces allowed"))).getCode())
                .isEqualTo("InvalidRamRole.NotFound");
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount()).as("nothing made").isEqualTo(before);
        String classic = ecs.launch(ecs.run());
        assertThat(attach("ops", classic).getAttachInstanceRamRoleResults().getAttachInstanceRamRoleResult().get(0)
                .getCode()).isEqualTo("InvalidNetworkType.MismatchRamRole");
        assertThat(refused(() -> attach("bad/name", classic)).getCode()).isEqualTo("InvalidRamRole.NotFound");
    }

    @Test
    void theRoleGoesWithTheInstanceAndSurvivesTheStateRoundTrip() throws Exception {
        String kept = ecs.launch(inVpc().setRamRoleName("kept-role"));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("resourceLabels").contains("ramRole").contains("kept-role");
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(role(kept)).isEqualTo("kept-role");

        String gone = ecs.launch(inVpc().setRamRoleName("kept-role"));
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(gone).setForce(true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_label WHERE resource_id = :id").param("id", gone)
                .query(Integer.class).single()).isZero();
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String vpcInstance(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.61.0.0/16").path("VpcId").asString();
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.61.1.0/24",
                    "ZoneId", REGION + "-h").path("VSwitchId").asString();
            String sg = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpc).path("SecurityGroupId")
                    .asString();
            return api.ecs("RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE, "InstanceType", "ecs.g6.large",
                    "SecurityGroupId", sg, "VSwitchId", vsw, "RamRoleName", "recipe-role")
                    .path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("AttachInstanceRamRole", api -> AliyunApi.params("RegionId", REGION, "RamRoleName", "recipe-role",
                    "InstanceIds", "[\"" + vpcInstance(api) + "\", \"i-missing\"]"));
            r.ecs("DetachInstanceRamRole", api -> AliyunApi.params("RegionId", REGION, "RamRoleName", "recipe-role",
                    "InstanceIds", "[\"" + vpcInstance(api) + "\"]"));
        }
    }
}
