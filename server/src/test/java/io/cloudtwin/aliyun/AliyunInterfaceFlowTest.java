package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.AttachNetworkInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.CreateNetworkInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteNetworkInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeNetworkInterfacesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeNetworkInterfacesResponse;
import com.aliyuncs.ecs.model.v20140526.DetachNetworkInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyNetworkInterfaceAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * Network interfaces through the classic SDK: a secondary interface takes an address of its vSwitch and its own
 * groups, attaches to an instance of its VPC, its groups are replaced by ModifyNetworkInterfaceAttribute (never
 * none), and it holds its vSwitch and groups until deleted; an instance's primary interface carries its groups.
 */
class AliyunInterfaceFlowTest extends ServerTestBase {
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

    private String group(String vpcId) throws ClientException {
        CreateSecurityGroupRequest sg = local(new CreateSecurityGroupRequest());
        sg.setRegionId(REGION);
        sg.setVpcId(vpcId);
        return client.getAcsResponse(sg).getSecurityGroupId();
    }

    private List<DescribeNetworkInterfacesResponse.NetworkInterfaceSet> interfaces(String id) throws ClientException {
        DescribeNetworkInterfacesRequest d = local(new DescribeNetworkInterfacesRequest());
        d.setRegionId(REGION);
        d.setNetworkInterfaceIds(List.of(id));
        return client.getAcsResponse(d).getNetworkInterfaceSets();
    }

    @Test
    void secondaryInterfaceLifecycle() throws ClientException {
        CreateVpcRequest vpc = local(new CreateVpcRequest());
        vpc.setRegionId(REGION);
        vpc.setCidrBlock("10.20.0.0/16");
        String vpcId = client.getAcsResponse(vpc).getVpcId();
        CreateVSwitchRequest vsw = local(new CreateVSwitchRequest());
        vsw.setRegionId(REGION);
        vsw.setVpcId(vpcId);
        vsw.setCidrBlock("10.20.1.0/24");
        vsw.setZoneId(REGION + "-h");
        String vswId = client.getAcsResponse(vsw).getVSwitchId();
        String web = group(vpcId);
        String ops = group(vpcId);

        RunInstancesRequest run = local(new RunInstancesRequest());
        run.setRegionId(REGION);
        run.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        run.setInstanceType("ecs.g6.large");
        run.setSecurityGroupIdss(List.of(web));
        run.setVSwitchId(vswId);
        String instance = client.getAcsResponse(run).getInstanceIdSets().get(0);

        CreateNetworkInterfaceRequest create = local(new CreateNetworkInterfaceRequest());
        create.setRegionId(REGION);
        create.setVSwitchId(vswId);
        create.setSecurityGroupId(ops);
        create.setNetworkInterfaceName("data");
        var created = client.getAcsResponse(create);
        String eni = created.getNetworkInterfaceId();
        assertThat(eni).startsWith("eni-");
        assertThat(created.getPrivateIpAddress()).isEqualTo("10.20.1.2"); // .1 went to the instance

        AttachNetworkInterfaceRequest attach = local(new AttachNetworkInterfaceRequest());
        attach.setRegionId(REGION);
        attach.setNetworkInterfaceId(eni);
        attach.setInstanceId(instance);
        client.getAcsResponse(attach);
        assertThat(interfaces(eni)).singleElement().satisfies(n -> {
            assertThat(n.getType()).isEqualTo("Secondary");
            assertThat(n.getStatus()).isEqualTo("InUse");
            assertThat(n.getInstanceId()).isEqualTo(instance);
            assertThat(n.getSecurityGroupIds()).containsExactly(ops);
        });
        assertThat(code(attach)).isEqualTo("InvalidOperation.InvalidEniState");

        DescribeNetworkInterfacesRequest byInstance = local(new DescribeNetworkInterfacesRequest());
        byInstance.setRegionId(REGION);
        byInstance.setInstanceId(instance);
        assertThat(client.getAcsResponse(byInstance).getNetworkInterfaceSets())
                .extracting(DescribeNetworkInterfacesResponse.NetworkInterfaceSet::getType)
                .containsExactlyInAnyOrder("Primary", "Secondary");

        ModifyNetworkInterfaceAttributeRequest regroup = local(new ModifyNetworkInterfaceAttributeRequest());
        regroup.setRegionId(REGION);
        regroup.setNetworkInterfaceId(eni);
        regroup.setSecurityGroupIds(List.of(web, ops));
        client.getAcsResponse(regroup);
        assertThat(interfaces(eni).get(0).getSecurityGroupIds()).containsExactlyInAnyOrder(web, ops);

        // a group an interface uses cannot be deleted
        DeleteSecurityGroupRequest deleteOps = local(new DeleteSecurityGroupRequest());
        deleteOps.setRegionId(REGION);
        deleteOps.setSecurityGroupId(ops);
        assertThat(code(deleteOps)).isEqualTo("DependencyViolation");

        DeleteNetworkInterfaceRequest delete = local(new DeleteNetworkInterfaceRequest());
        delete.setRegionId(REGION);
        delete.setNetworkInterfaceId(eni);
        assertThat(code(delete)).isEqualTo("InvalidOperation.InvalidEniState");

        DetachNetworkInterfaceRequest detach = local(new DetachNetworkInterfaceRequest());
        detach.setRegionId(REGION);
        detach.setNetworkInterfaceId(eni);
        detach.setInstanceId(instance);
        client.getAcsResponse(detach);
        assertThat(interfaces(eni).get(0).getStatus()).isEqualTo("Available");

        DetachNetworkInterfaceRequest detachPrimary = local(new DetachNetworkInterfaceRequest());
        detachPrimary.setRegionId(REGION);
        detachPrimary.setNetworkInterfaceId("eni-" + instance.substring(2));
        detachPrimary.setInstanceId(instance);
        assertThat(code(detachPrimary)).isEqualTo("InvalidOperation.DetachPrimaryEniNotAllowed");

        // the primary interface's groups are the instance's
        ModifyNetworkInterfaceAttributeRequest primaryGroups = local(new ModifyNetworkInterfaceAttributeRequest());
        primaryGroups.setRegionId(REGION);
        primaryGroups.setNetworkInterfaceId("eni-" + instance.substring(2));
        primaryGroups.setSecurityGroupIds(List.of(ops));
        client.getAcsResponse(primaryGroups);
        assertThat(interfaces("eni-" + instance.substring(2)).get(0).getSecurityGroupIds()).containsExactly(ops);

        // Join/LeaveSecurityGroup on the secondary interface: its own groups, never none
        com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest leaveOps =
                local(new com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest());
        leaveOps.setNetworkInterfaceId(eni);
        leaveOps.setSecurityGroupId(ops);
        client.getAcsResponse(leaveOps);
        com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest leaveWeb =
                local(new com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest());
        leaveWeb.setNetworkInterfaceId(eni);
        leaveWeb.setSecurityGroupId(web);
        assertThat(code(leaveWeb)).isEqualTo("InstanceLastSecurityGroup");
        com.aliyuncs.ecs.model.v20140526.JoinSecurityGroupRequest joinOps =
                local(new com.aliyuncs.ecs.model.v20140526.JoinSecurityGroupRequest());
        joinOps.setNetworkInterfaceId(eni);
        joinOps.setSecurityGroupId(ops);
        client.getAcsResponse(joinOps);
        assertThat(code(joinOps)).isEqualTo("InvalidInstanceId.AlreadyExists");
        assertThat(interfaces(eni).get(0).getSecurityGroupIds()).containsExactlyInAnyOrder(web, ops);
        client.getAcsResponse(leaveWeb);
        assertThat(interfaces(eni).get(0).getSecurityGroupIds()).containsExactly(ops);

        client.getAcsResponse(delete);
        assertThat(interfaces(eni)).isEmpty();
        assertThat(code(delete)).isEqualTo("InvalidEniId.NotFound");
    }
}
