package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.Callable;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AllocateEipAddressRequest;
import com.aliyun.ecs20140526.models.AssociateEipAddressRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyInstanceVpcAttributeRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's change of vswitch_id, private_ip or vpc_id (modifyVpcAttribute: the instance stopped,
 * ModifyInstanceVpcAttribute, then the read until VSwitchId and the address show), through the new SDK.
 */
class ModifyInstanceVpcAttributeTest extends ServerTestBase {
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private String vpc(String cidr) throws Exception {
        return client.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock(cidr)).getBody().getVpcId();
    }

    private String vswitch(String vpc, String zone, String cidr) throws Exception {
        return client.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc).setZoneId(zone)
                .setCidrBlock(cidr)).getBody().getVSwitchId();
    }

    private String group(String vpc) throws Exception {
        return client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
    }

    private String run(String group, String vsw, String ip) throws Exception {
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId(
                        "aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setVSwitchId(vsw).setPrivateIpAddress(ip)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
    }

    private DescribeInstancesResponseBodyInstancesInstance describe(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private List<String> where(String id) throws Exception {
        var i = describe(id);
        return List.of(i.getVpcAttributes().getVpcId(), i.getVpcAttributes().getVSwitchId(),
                i.getVpcAttributes().getPrivateIpAddress().getIpAddress().get(0));
    }

    private TeaException refused(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).isNotNull();
        return e;
    }

    private void move(String id, String vsw, String ip) throws Exception {
        client.modifyInstanceVpcAttribute(new ModifyInstanceVpcAttributeRequest().setInstanceId(id).setVSwitchId(vsw)
                .setPrivateIpAddress(ip));
    }

    @Test
    void aStoppedInstanceMovesToAnotherVSwitchOfItsZoneAndFreesItsAddress() throws Exception {
        String vpc = vpc("172.16.0.0/16");
        String a = vswitch(vpc, "cn-hangzhou-i", "172.16.1.0/24");
        String b = vswitch(vpc, "cn-hangzhou-i", "172.16.2.0/24");
        String elsewhere = vswitch(vpc, "cn-hangzhou-h", "172.16.3.0/24");
        String group = group(vpc);
        String id = run(group, a, "172.16.1.10");

        TeaException running = refused(() -> { move(id, b, null); return null; });
        assertThat(running.getCode()).isEqualTo("IncorrectInstanceStatus");
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));

        assertThat(refused(() -> { move(id, elsewhere, null); return null; }).getCode())
                .isEqualTo("InvalidVSwitchId.Mismatch");
        assertThat(refused(() -> { move(id, b, "172.16.9.9"); return null; }).getCode())
                .isEqualTo("InvalidPrivateIpAddress.Mismatch");
        assertThat(refused(() -> { move(id, b, "172.16.2.x"); return null; }).getCode())
                .isEqualTo("InvalidPrivateIpAddress.Malformed");
        String neighbour = run(group, b, "172.16.2.20");
        assertThat(refused(() -> { move(id, b, "172.16.2.20"); return null; }).getCode())
                .isEqualTo("InvalidPrivateIpAddress.Duplicated");
        assertThat(where(id)).as("every refusal changed nothing").containsExactly(vpc, a, "172.16.1.10");

        move(id, b, "172.16.2.50");
        assertThat(where(id)).containsExactly(vpc, b, "172.16.2.50");
        assertThat(where(run(group, a, "172.16.1.10"))).as("the old address is free again")
                .containsExactly(vpc, a, "172.16.1.10");

        // private_ip alone: the same vSwitch, another address; a bound EIP maps to the new one
        var eip = client.allocateEipAddress(new AllocateEipAddressRequest().setRegionId(REGION)).getBody();
        client.associateEipAddress(new AssociateEipAddressRequest().setAllocationId(eip.getAllocationId())
                .setInstanceId(id));
        move(id, b, "172.16.2.51");
        assertThat(where(id)).containsExactly(vpc, b, "172.16.2.51");
        // the VPC product's answer names the private address the EIP maps to (the classic SDK's VPC models)
        var read = new DescribeEipAddressesRequest();
        read.setAllocationId(eip.getAllocationId());
        read.setSysEndpoint(endpoint());
        read.setSysProtocol(ProtocolType.HTTP);
        assertThat(new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET)).getAcsResponse(read)
                .getEipAddresses()).singleElement().satisfies(e -> {
                    assertThat(e.getInstanceId()).isEqualTo(id);
                    assertThat(e.getPrivateIpAddress()).isEqualTo("172.16.2.51");
                });
        assertThat(where(neighbour)).containsExactly(vpc, b, "172.16.2.20");
    }

    @Test
    void intoAnotherVpcOnlyWithItsIdAndGroupsOfIt() throws Exception {
        String first = vpc("10.1.0.0/16");
        String from = vswitch(first, "cn-hangzhou-i", "10.1.1.0/24");
        String id = run(group(first), from, null);
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        var before = where(id);

        String second = vpc("10.2.0.0/16");
        String to = vswitch(second, "cn-hangzhou-i", "10.2.1.0/24");
        String theirs = group(second);
        assertThat(refused(() -> { move(id, to, null); return null; }).getStatusCode()).isBetween(400, 499);
        assertThat(refused(() -> client.modifyInstanceVpcAttribute(new ModifyInstanceVpcAttributeRequest()
                .setInstanceId(id).setVSwitchId(to).setVpcId(second))).getStatusCode()).isBetween(400, 499);
        assertThat(where(id)).isEqualTo(before);

        client.modifyInstanceVpcAttribute(new ModifyInstanceVpcAttributeRequest().setInstanceId(id).setVSwitchId(to)
                .setVpcId(second).setSecurityGroupId(List.of(theirs)));
        assertThat(where(id).subList(0, 2)).containsExactly(second, to);
        assertThat(describe(id).getSecurityGroupIds().getSecurityGroupId()).containsExactly(theirs);
    }
}
