package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteInstanceRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeDisksRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceAttachmentAttributesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceMaintenanceAttributesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceStatusRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstancesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeUserDataRequest;
import com.aliyuncs.ecs.model.v20140526.JoinSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.ListTagResourcesRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyInstanceAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.RebootInstanceRequest;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.TagResourcesRequest;
import com.aliyuncs.ecs.model.v20140526.UntagResourcesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchAttributesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_instance, replayed through the classic SDK in the provider's order: RunInstances in a
 * vSwitch (ClientToken, tags, names, user data, system disk) -> DescribeInstances until Running -> the reads
 * (DescribeInstances, DescribeUserData, DescribeDisks of the system disk, DescribeInstanceMaintenanceAttributes,
 * DescribeInstanceAttachmentAttributes) -> updates (ModifyInstanceAttribute, Join/LeaveSecurityGroup, tags) ->
 * DeleteInstance (Force) -> DescribeInstances until gone.
 */
class AliyunInstanceFlowTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    private <R extends AcsResponse> String code(AcsRequest<R> request) {
        ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(request));
        assertThat(e).as("expected an error").isNotNull();
        return e.getErrCode();
    }

    private String[] network() throws ClientException {
        CreateVpcRequest vpc = local(new CreateVpcRequest());
        vpc.setRegionId(REGION);
        vpc.setCidrBlock("10.10.0.0/16");
        String vpcId = client.getAcsResponse(vpc).getVpcId();
        CreateVSwitchRequest vsw = local(new CreateVSwitchRequest());
        vsw.setRegionId(REGION);
        vsw.setVpcId(vpcId);
        vsw.setCidrBlock("10.10.1.0/24");
        vsw.setZoneId(REGION + "-h");
        String vswId = client.getAcsResponse(vsw).getVSwitchId();
        return new String[] {vpcId, vswId, group(vpcId, "web"), group(vpcId, "ops")};
    }

    private String group(String vpcId, String name) throws ClientException {
        CreateSecurityGroupRequest sg = local(new CreateSecurityGroupRequest());
        sg.setRegionId(REGION);
        sg.setVpcId(vpcId);
        sg.setSecurityGroupName(name);
        return client.getAcsResponse(sg).getSecurityGroupId();
    }

    private RunInstancesRequest run(String vswId, String groupId, String token) {
        RunInstancesRequest run = local(new RunInstancesRequest());
        run.setRegionId(REGION);
        run.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        run.setInstanceType("ecs.g6.large");
        run.setSecurityGroupIdss(List.of(groupId));
        run.setVSwitchId(vswId);
        run.setInstanceName("tf-web");
        run.setHostName("web-host");
        run.setDescription("made by terraform");
        run.setUserData(Base64.getEncoder().encodeToString("#!/bin/sh\necho hi".getBytes(StandardCharsets.UTF_8)));
        run.setSystemDiskCategory("cloud_essd");
        run.setSystemDiskSize("60");
        RunInstancesRequest.Tag tag = new RunInstancesRequest.Tag();
        tag.setKey("env");
        tag.setValue("test");
        run.setTags(List.of(tag));
        run.setClientToken(token);
        run.setAmount(1);
        return run;
    }

    private DescribeInstancesResponse.Instance describe(String id) throws ClientException {
        DescribeInstancesRequest read = local(new DescribeInstancesRequest());
        read.setRegionId(REGION);
        read.setInstanceIds("[\"" + id + "\"]");
        List<DescribeInstancesResponse.Instance> found = client.getAcsResponse(read).getInstances();
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void alicloudInstanceLifecycle() throws ClientException {
        String[] net = network();
        String vpcId = net[0], vswId = net[1], web = net[2], ops = net[3];
        String token = "TF-RunInstances-" + UUID.randomUUID();
        List<String> ids = client.getAcsResponse(run(vswId, web, token)).getInstanceIdSets();
        assertThat(ids).hasSize(1);
        String id = ids.get(0);
        // a retry with the same ClientToken answers the same instance and creates none
        assertThat(client.getAcsResponse(run(vswId, web, token)).getInstanceIdSets()).containsExactly(id);

        DescribeInstancesResponse.Instance i = describe(id);
        assertThat(i.getStatus()).isEqualTo("Running");
        assertThat(i.getInstanceName()).isEqualTo("tf-web");
        assertThat(i.getHostName()).isEqualTo("web-host");
        assertThat(i.getVpcAttributes().getVpcId()).isEqualTo(vpcId);
        assertThat(i.getVpcAttributes().getVSwitchId()).isEqualTo(vswId);
        assertThat(i.getVpcAttributes().getPrivateIpAddress()).containsExactly("10.10.1.1");
        assertThat(i.getNetworkInterfaces()).singleElement().satisfies(n -> {
            assertThat(n.getNetworkInterfaceId()).startsWith("eni-");
            assertThat(n.getPrimaryIpAddress()).isEqualTo("10.10.1.1");
        });
        assertThat(i.getTags()).singleElement().satisfies(t -> {
            assertThat(t.getTagKey()).isEqualTo("env");
            assertThat(t.getTagValue()).isEqualTo("test");
        });
        assertThat(i.getSecurityGroupIds()).containsExactly(web);

        DescribeInstancesRequest byFilters = local(new DescribeInstancesRequest());
        byFilters.setRegionId(REGION);
        byFilters.setVSwitchId(vswId);
        byFilters.setVpcId(vpcId);
        DescribeInstancesRequest.Tag filterTag = new DescribeInstancesRequest.Tag();
        filterTag.setKey("env");
        filterTag.setValue("test");
        byFilters.setTags(List.of(filterTag));
        assertThat(client.getAcsResponse(byFilters).getInstances()).extracting(DescribeInstancesResponse.Instance::getInstanceId)
                .containsExactly(id);
        filterTag.setValue("prod");
        byFilters.setTags(List.of(filterTag));
        assertThat(client.getAcsResponse(byFilters).getInstances()).isEmpty();

        DescribeUserDataRequest userData = local(new DescribeUserDataRequest());
        userData.setRegionId(REGION);
        userData.setInstanceId(id);
        assertThat(new String(Base64.getDecoder().decode(client.getAcsResponse(userData).getUserData()),
                StandardCharsets.UTF_8)).isEqualTo("#!/bin/sh\necho hi");

        DescribeDisksRequest disks = local(new DescribeDisksRequest());
        disks.setRegionId(REGION);
        disks.setInstanceId(id);
        disks.setDiskType("system");
        assertThat(client.getAcsResponse(disks).getDisks()).singleElement().satisfies(d -> {
            assertThat(d.getDiskId()).startsWith("d-");
            assertThat(d.getType()).isEqualTo("system");
            assertThat(d.getCategory()).isEqualTo("cloud_essd");
            assertThat(d.getSize()).isEqualTo(60);
            assertThat(d.getInstanceId()).isEqualTo(id);
        });

        DescribeInstanceMaintenanceAttributesRequest maintenance = local(new DescribeInstanceMaintenanceAttributesRequest());
        maintenance.setRegionId(REGION);
        maintenance.setInstanceIds(List.of(id));
        assertThat(client.getAcsResponse(maintenance).getMaintenanceAttributes()).singleElement()
                .satisfies(m -> assertThat(m.getActionOnMaintenance().getValue()).isEqualTo("AutoRecover"));

        DescribeInstanceAttachmentAttributesRequest attachment = local(new DescribeInstanceAttachmentAttributesRequest());
        attachment.setRegionId(REGION);
        attachment.setInstanceIds("[\"" + id + "\"]");
        assertThat(client.getAcsResponse(attachment).getInstances()).singleElement()
                .satisfies(a -> assertThat(a.getPrivatePoolOptionsMatchCriteria()).isEqualTo("None"));

        // updates: attributes, then groups the provider's way (join the new, leave the old), then the whole set
        ModifyInstanceAttributeRequest modify = local(new ModifyInstanceAttributeRequest());
        modify.setInstanceId(id);
        modify.setInstanceName("tf-web-2");
        modify.setDescription("changed");
        modify.setHostName("web-2");
        client.getAcsResponse(modify);
        i = describe(id);
        assertThat(i.getInstanceName()).isEqualTo("tf-web-2");
        assertThat(i.getHostName()).isEqualTo("web-2");

        JoinSecurityGroupRequest join = local(new JoinSecurityGroupRequest());
        join.setInstanceId(id);
        join.setSecurityGroupId(ops);
        client.getAcsResponse(join);
        LeaveSecurityGroupRequest leave = local(new LeaveSecurityGroupRequest());
        leave.setInstanceId(id);
        leave.setSecurityGroupId(web);
        client.getAcsResponse(leave);
        assertThat(describe(id).getSecurityGroupIds()).containsExactly(ops);

        ModifyInstanceAttributeRequest regroup = local(new ModifyInstanceAttributeRequest());
        regroup.setInstanceId(id);
        regroup.setSecurityGroupIdss(List.of(web, ops));
        client.getAcsResponse(regroup);
        assertThat(describe(id).getSecurityGroupIds()).containsExactlyInAnyOrder(web, ops);
        ModifyInstanceAttributeRequest back = local(new ModifyInstanceAttributeRequest());
        back.setInstanceId(id);
        back.setSecurityGroupIdss(List.of(web));
        client.getAcsResponse(back);
        assertThat(describe(id).getSecurityGroupIds()).containsExactly(web);

        String elsewhere = group(network()[0], "elsewhere");
        ModifyInstanceAttributeRequest otherVpc = local(new ModifyInstanceAttributeRequest());
        otherVpc.setInstanceId(id);
        otherVpc.setSecurityGroupIdss(List.of(elsewhere));
        assertThat(code(otherVpc)).isEqualTo("InvalidSecurityGroupVpc.NotBelongToOneVpc");
        assertThat(describe(id).getSecurityGroupIds()).containsExactly(web);

        TagResourcesRequest tag = local(new TagResourcesRequest());
        tag.setRegionId(REGION);
        tag.setResourceType("instance");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey("owner");
        t.setValue("me");
        tag.setTags(List.of(t));
        client.getAcsResponse(tag);
        UntagResourcesRequest untag = local(new UntagResourcesRequest());
        untag.setRegionId(REGION);
        untag.setResourceType("instance");
        untag.setResourceIds(List.of(id));
        untag.setTagKeys(List.of("env"));
        client.getAcsResponse(untag);
        ListTagResourcesRequest list = local(new ListTagResourcesRequest());
        list.setRegionId(REGION);
        list.setResourceType("instance");
        list.setResourceIds(List.of(id));
        assertThat(client.getAcsResponse(list).getTagResources()).singleElement().satisfies(x -> {
            assertThat(x.getTagKey()).isEqualTo("owner");
            assertThat(x.getResourceType()).isEqualTo("instance");
        });

        RebootInstanceRequest reboot = local(new RebootInstanceRequest());
        reboot.setInstanceId(id);
        client.getAcsResponse(reboot);
        DescribeInstanceStatusRequest status = local(new DescribeInstanceStatusRequest());
        status.setRegionId(REGION);
        assertThat(client.getAcsResponse(status).getInstanceStatuses()).extracting(s -> s.getInstanceId())
                .contains(id);

        // the vSwitch cannot go while the instance holds an address in it
        DeleteVSwitchRequest deleteVsw = local(new DeleteVSwitchRequest());
        deleteVsw.setRegionId(REGION);
        deleteVsw.setVSwitchId(vswId);
        assertThat(code(deleteVsw)).isEqualTo("DependencyViolation");

        DeleteInstanceRequest delete = local(new DeleteInstanceRequest());
        delete.setInstanceId(id);
        delete.setForce(true);
        client.getAcsResponse(delete);
        assertThat(describe(id)).isNull();
        client.getAcsResponse(deleteVsw);
        DescribeVSwitchAttributesRequest gone = local(new DescribeVSwitchAttributesRequest());
        gone.setRegionId(REGION);
        gone.setVSwitchId(vswId);
        assertThat(client.getAcsResponse(gone).getVSwitchId()).as("gone: 200 with an empty VSwitchId").isEmpty();
    }

    @Test
    void joinAndLeaveByThePrimaryInterface() throws ClientException {
        String[] net = network();
        String id = client.getAcsResponse(run(net[1], net[2], null)).getInstanceIdSets().get(0);
        String eni = describe(id).getNetworkInterfaces().get(0).getNetworkInterfaceId();
        JoinSecurityGroupRequest join = local(new JoinSecurityGroupRequest());
        join.setNetworkInterfaceId(eni);
        join.setSecurityGroupId(net[3]);
        client.getAcsResponse(join);
        assertThat(describe(id).getSecurityGroupIds()).containsExactly(net[2], net[3]);

        LeaveSecurityGroupRequest leave = local(new LeaveSecurityGroupRequest());
        leave.setNetworkInterfaceId(eni);
        leave.setSecurityGroupId(net[2]);
        client.getAcsResponse(leave);
        LeaveSecurityGroupRequest last = local(new LeaveSecurityGroupRequest());
        last.setNetworkInterfaceId(eni);
        last.setSecurityGroupId(net[3]);
        assertThat(code(last)).isEqualTo("InstanceLastSecurityGroup");
        assertThat(describe(id).getSecurityGroupIds()).containsExactly(net[3]);

        LeaveSecurityGroupRequest both = local(new LeaveSecurityGroupRequest());
        both.setNetworkInterfaceId(eni);
        both.setInstanceId(id);
        both.setSecurityGroupId(net[3]);
        assertThat(code(both)).isEqualTo("InvalidParam.EniIdAndInstanceId.Conflict");
        JoinSecurityGroupRequest unknown = local(new JoinSecurityGroupRequest());
        unknown.setNetworkInterfaceId("eni-doesnotexist000000");
        unknown.setSecurityGroupId(net[2]);
        assertThat(code(unknown)).isEqualTo("InvalidEniId.NotFound");
    }

    @Test
    void runInstancesRefusals() throws ClientException {
        String[] net = network();
        RunInstancesRequest noVSwitch = run(net[1], net[2], null);
        noVSwitch.setVSwitchId(null);
        RunInstancesRequest fresh = local(new RunInstancesRequest());
        fresh.setRegionId(REGION);
        fresh.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        fresh.setInstanceType("ecs.g6.large");
        fresh.setSecurityGroupIdss(List.of(net[2]));
        assertThat(code(fresh)).isEqualTo("InvalidVSwitchId.Necessary");

        String[] other = network();
        RunInstancesRequest mismatch = run(net[1], other[2], null);
        assertThat(code(mismatch)).isEqualTo("InvalidSecurityGroup.VpcMismatch");

        RunInstancesRequest badIp = run(net[1], net[2], null);
        badIp.setPrivateIpAddress("10.99.0.5");
        assertThat(code(badIp)).isEqualTo("InvalidPrivateIpAddress");

        RunInstancesRequest fixedIp = run(net[1], net[2], null);
        fixedIp.setPrivateIpAddress("10.10.1.20");
        String id = client.getAcsResponse(fixedIp).getInstanceIdSets().get(0);
        assertThat(describe(id).getVpcAttributes().getPrivateIpAddress()).containsExactly("10.10.1.20");
        RunInstancesRequest sameIp = run(net[1], net[2], null);
        sameIp.setPrivateIpAddress("10.10.1.20");
        assertThat(code(sameIp)).isEqualTo("InvalidPrivateIpAddress.Duplicated");

        RunInstancesRequest badUserData = run(net[1], net[2], null);
        badUserData.setUserData("not base64!");
        assertThat(code(badUserData)).isEqualTo("InvalidUserData.Base64FormatInvalid");

        // defaults: no name -> the instance id; no host name -> iZ<suffix>Z; UniqueSuffix numbers the names
        RunInstancesRequest plain = local(new RunInstancesRequest());
        plain.setRegionId(REGION);
        plain.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        plain.setInstanceType("ecs.g6.large");
        plain.setSecurityGroupIdss(List.of(net[2]));
        plain.setVSwitchId(net[1]);
        String plainId = client.getAcsResponse(plain).getInstanceIdSets().get(0);
        var p = describe(plainId);
        assertThat(p.getInstanceName()).isEqualTo(plainId);
        assertThat(p.getHostName()).isEqualTo("iZ" + plainId.substring(2) + "Z");

        RunInstancesRequest many = run(net[1], net[2], null);
        many.setAmount(3);
        many.setUniqueSuffix(true);
        List<String> three = client.getAcsResponse(many).getInstanceIdSets();
        assertThat(three).hasSize(3);
        assertThat(three.stream().map(x -> {
            try {
                return describe(x).getInstanceName();
            } catch (ClientException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("tf-web001", "tf-web002", "tf-web003");
    }
}
