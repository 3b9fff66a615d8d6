package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AllocateEipAddressRequest;
import com.aliyun.ecs20140526.models.AllocatePublicIpAddressRequest;
import com.aliyun.ecs20140526.models.AssociateEipAddressRequest;
import com.aliyun.ecs20140526.models.CreateInstanceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyInstanceNetworkSpecRequest;
import com.aliyun.ecs20140526.models.ReleaseEipAddressRequest;
import com.aliyun.ecs20140526.models.ReleasePublicIpAddressRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StartInstanceRequest;
import com.aliyun.ecs20140526.models.UnassociateEipAddressRequest;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * An instance's public side through the new SDK: the static public IP a RunInstances with InternetMaxBandwidthOut
 * gives (alicloud_instance's public_ip, read back with internet_max_bandwidth_out and internet_charge_type), the ECS
 * CLI quick start's CreateInstance + AllocatePublicIpAddress + StartInstance, and the provider's change of
 * internet_max_bandwidth_out (ModifyInstanceNetworkSpec, then AllocatePublicIpAddress for a PostPaid instance).
 */
class PublicIpAddressTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final Cidr POOL = Cidr.parse(ElasticIpService.POOL);

    private Client client;
    private String group;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
        group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION))
                .getBody().getSecurityGroupId();
    }

    private RunInstancesRequest run() {
        return new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group);
    }

    private DescribeInstancesResponseBodyInstancesInstance describe(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private List<String> publicIps(String id) throws Exception {
        return describe(id).getPublicIpAddress().getIpAddress();
    }

    private static boolean inPool(String address) {
        return POOL.contains(Cidr.address(address));
    }

    @Test
    void runInstancesWithBandwidthGivesEachInstanceItsOwnStaticPublicIp() throws Exception {
        List<String> ids = client.runInstances(run().setInternetMaxBandwidthOut(10).setAmount(5)).getBody()
                .getInstanceIdSets().getInstanceIdSet();
        var addresses = new HashSet<String>();
        for (String id : ids) {
            var i = describe(id);
            assertThat(i.getPublicIpAddress().getIpAddress()).singleElement().matches(PublicIpAddressTest::inPool);
            addresses.add(i.getPublicIpAddress().getIpAddress().get(0));
            assertThat(i).extracting("internetMaxBandwidthOut", "internetChargeType", "instanceChargeType")
                    .containsExactly(10, "PayByTraffic", "PostPaid");
        }
        assertThat(addresses).as("one address per instance").hasSize(5);

        var attribute = client.describeInstanceAttribute(new DescribeInstanceAttributeRequest()
                .setInstanceId(ids.get(0))).getBody();
        assertThat(attribute.getPublicIpAddress().getIpAddress()).containsExactly(publicIps(ids.get(0)).get(0));
        assertThat(attribute.getInternetMaxBandwidthOut()).isEqualTo(10);
        assertThat(attribute.getHostName()).isEqualTo(describe(ids.get(0)).getHostName());

        String none = client.runInstances(run()).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        assertThat(publicIps(none)).as("no bandwidth, no public IP").isEmpty();
        assertThat(describe(none)).extracting("internetMaxBandwidthOut", "internetChargeType", "instanceChargeType")
                .containsExactly(0, "PayByTraffic", "PostPaid");
    }

    @Test
    void theCliQuickStartAllocatesAnAddressToACreatedInstance() throws Exception {
        String id = client.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setInternetMaxBandwidthOut(5)
                .setInternetChargeType("PayByBandwidth")).getBody().getInstanceId();
        assertThat(publicIps(id)).as("CreateInstance gives none by itself").isEmpty();

        String address = client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest().setInstanceId(id))
                .getBody().getIpAddress();
        assertThat(address).matches(PublicIpAddressTest::inPool);
        client.startInstance(new StartInstanceRequest().setInstanceId(id));
        assertThat(publicIps(id)).containsExactly(address);
        assertThat(describe(id).getInternetChargeType()).isEqualTo("PayByBandwidth");
        assertThat(client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest().setInstanceId(id))
                .getBody().getIpAddress()).as("an instance keeps the one it has").isEqualTo(address);

        String other = client.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setInternetMaxBandwidthOut(5))
                .getBody().getInstanceId();
        TeaException taken = refused(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                .setInstanceId(other).setIpAddress(address)));
        assertThat(taken.getCode()).isEqualTo("IpInUse");
        assertThat(taken.getStatusCode()).isEqualTo(403);
        assertThat(publicIps(other)).isEmpty();

        // ReleasePublicIpAddress gives it back: another address, or none named, is refused and changes nothing
        assertThat(refused(() -> client.releasePublicIpAddress(new ReleasePublicIpAddressRequest().setInstanceId(id)
                .setPublicIpAddress("198.18.255.254"))).getCode()).isEqualTo("InvalidIpAddress.NotFound");
        assertThat(refused(() -> client.releasePublicIpAddress(new ReleasePublicIpAddressRequest()
                .setPublicIpAddress(address))).getCode()).isEqualTo("InvalidIpAddress.NeedInstanceId");
        assertThat(publicIps(id)).containsExactly(address);
        client.releasePublicIpAddress(new ReleasePublicIpAddressRequest().setInstanceId(id).setPublicIpAddress(address));
        assertThat(publicIps(id)).isEmpty();
        assertThat(describe(id).getInternetMaxBandwidthOut()).as("the bandwidth stays").isEqualTo(5);
        assertThat(client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest().setInstanceId(other)
                .setIpAddress(address)).getBody().getIpAddress()).as("the address is free again").isEqualTo(address);
    }

    @Test
    void anInstanceWithoutBandwidthOrInTheWrongStatusGetsNoAddress() throws Exception {
        String id = client.runInstances(run()).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        TeaException noBandwidth = refused(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                .setInstanceId(id)));
        assertThat(noBandwidth.getCode()).isEqualTo("AllocateIpInvalidInstanceBandwidth");
        assertThat(noBandwidth.getStatusCode()).isEqualTo(400);
        assertThat(refused(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                .setInstanceId("i-missing"))).getCode()).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(refused(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                .setInstanceId(id).setIpAddress("300.1.2.3"))).getCode()).isEqualTo("InvalidIpAddress.Malformed");

        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":60000}");
        String pending = client.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setInternetMaxBandwidthOut(5))
                .getBody().getInstanceId();
        assertThat(describe(pending).getStatus()).isEqualTo("Pending");
        TeaException midway = refused(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                .setInstanceId(pending)));
        assertThat(midway.getCode()).isEqualTo("IncorrectInstanceStatus");
        assertThat(publicIps(pending)).isEmpty();
    }

    @Test
    void badInternetParametersCreateNothing() throws Exception {
        int before = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount();
        assertThat(refused(() -> client.runInstances(run().setInternetChargeType("PayByLuck"))).getCode())
                .isEqualTo("InvalidInternetChargeType.ValueNotSupported");
        assertThat(refused(() -> client.runInstances(run().setInternetMaxBandwidthOut(101))).getCode())
                .isEqualTo("InvalidInternetMaxBandwidthOut.Malformed");
        assertThat(refused(() -> client.runInstances(run().setInternetMaxBandwidthOut(-1))).getCode())
                .isEqualTo("InvalidInternetMaxBandwidthOut.Malformed");
        assertThat(refused(() -> client.runInstances(run().setInstanceChargeType("Monthly"))).getCode())
                .isEqualTo("InvalidInstanceChargeType.NotFound");
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount()).isEqualTo(before);
    }

    @Test
    void theProvidersBandwidthChangeAddsAndTakesBackTheAddress() throws Exception {
        // PostPaid: raised from 0, no address until AllocatePublicIpAddress (what modifyInstanceNetworkSpec calls next)
        String postPaid = client.runInstances(run()).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(postPaid)
                .setInternetMaxBandwidthOut(20).setClientToken("tf-net-1"));
        assertThat(describe(postPaid).getInternetMaxBandwidthOut()).isEqualTo(20);
        assertThat(publicIps(postPaid)).isEmpty();
        String address = client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest().setInstanceId(postPaid))
                .getBody().getIpAddress();
        assertThat(publicIps(postPaid)).containsExactly(address);

        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(postPaid)
                .setNetworkChargeType("PayByBandwidth"));
        assertThat(describe(postPaid)).extracting("internetMaxBandwidthOut", "internetChargeType")
                .containsExactly(20, "PayByBandwidth");
        assertThat(publicIps(postPaid)).containsExactly(address);

        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(postPaid)
                .setInternetMaxBandwidthOut(0));
        assertThat(publicIps(postPaid)).as("bandwidth 0 takes the address back").isEmpty();

        // AllocatePublicIp=true gives a PostPaid instance its address in the same call
        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(postPaid)
                .setInternetMaxBandwidthOut(5).setAllocatePublicIp(true));
        assertThat(publicIps(postPaid)).singleElement().matches(PublicIpAddressTest::inPool);

        // PrePaid: raised from 0, an address at once
        String prePaid = client.runInstances(run().setInstanceChargeType("PrePaid").setPeriod(1)).getBody()
                .getInstanceIdSets().getInstanceIdSet().get(0);
        assertThat(describe(prePaid).getInstanceChargeType()).isEqualTo("PrePaid");
        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(prePaid)
                .setInternetMaxBandwidthOut(10));
        assertThat(publicIps(prePaid)).singleElement().matches(PublicIpAddressTest::inPool);

        assertThat(refused(() -> client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest()
                .setInstanceId(prePaid).setNetworkChargeType("Free"))).getCode())
                .isEqualTo("InvalidInternetChargeType.ValueNotSupported");
        assertThat(refused(() -> client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest()
                .setInstanceId("i-missing").setInternetMaxBandwidthOut(1))).getCode())
                .isEqualTo("InvalidInstanceId.NotFound");
    }

    private List<String> instancesWhere(DescribeInstancesRequest filter) throws Exception {
        return client.describeInstances(filter.setRegionId(REGION)).getBody().getInstances().getInstance().stream()
                .map(DescribeInstancesResponseBodyInstancesInstance::getInstanceId).toList();
    }

    @Test
    void describeInstancesFindsAnInstanceByAnyOfItsAddresses() throws Exception {
        String vpc = client.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock("172.16.0.0/16"))
                .getBody().getVpcId();
        String vsw = client.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc)
                .setZoneId("cn-hangzhou-i").setCidrBlock("172.16.1.0/24")).getBody().getVSwitchId();
        String vpcGroup = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)
                .setVpcId(vpc)).getBody().getSecurityGroupId();
        var inVpc = run().setSecurityGroupId(vpcGroup).setVSwitchId(vsw);
        String withIp = client.runInstances(inVpc.setInternetMaxBandwidthOut(5)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
        String withEip = client.runInstances(inVpc.setInternetMaxBandwidthOut(0)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
        var eip = client.allocateEipAddress(new AllocateEipAddressRequest().setRegionId(REGION)).getBody();
        client.associateEipAddress(new AssociateEipAddressRequest().setAllocationId(eip.getAllocationId())
                .setInstanceId(withEip));

        String privateIp = describe(withIp).getVpcAttributes().getPrivateIpAddress().getIpAddress().get(0);
        String publicIp = publicIps(withIp).get(0);
        assertThat(instancesWhere(new DescribeInstancesRequest().setPrivateIpAddresses("[\"" + privateIp + "\"]")))
                .containsExactly(withIp);
        assertThat(instancesWhere(new DescribeInstancesRequest().setPublicIpAddresses("[\"" + publicIp + "\"]")))
                .containsExactly(withIp);
        assertThat(instancesWhere(new DescribeInstancesRequest().setEipAddresses("[\"" + eip.getEipAddress() + "\"]")))
                .containsExactly(withEip);
        assertThat(instancesWhere(new DescribeInstancesRequest().setPublicIpAddresses("[\"" + eip.getEipAddress()
                + "\"]"))).as("an EIP is not the static public address").isEmpty();
        assertThat(instancesWhere(new DescribeInstancesRequest().setPrivateIpAddresses("[\"10.9.9.9\"]"))).isEmpty();

        // RegionId is optional where one EIP changes (the association above went without it, as do these)
        client.unassociateEipAddress(new UnassociateEipAddressRequest().setAllocationId(eip.getAllocationId())
                .setInstanceId(withEip));
        client.releaseEipAddress(new ReleaseEipAddressRequest().setAllocationId(eip.getAllocationId()));
        assertThat(instancesWhere(new DescribeInstancesRequest().setEipAddresses("[\"" + eip.getEipAddress() + "\"]")))
                .isEmpty();
    }

    @Test
    void concurrentAllocationsGiveTheInstanceOneAddress() throws Exception {
        String id = client.runInstances(run()).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        client.modifyInstanceNetworkSpec(new ModifyInstanceNetworkSpecRequest().setInstanceId(id)
                .setInternetMaxBandwidthOut(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int n = 0; n < 8; n++) {
                answers.add(pool.submit(() -> client.allocatePublicIpAddress(new AllocatePublicIpAddressRequest()
                        .setInstanceId(id)).getBody().getIpAddress()));
            }
            var seen = new HashSet<String>();
            for (var a : answers) seen.add(a.get());
            assertThat(seen).as("every caller is answered the one address the instance got").hasSize(1);
            assertThat(publicIps(id)).containsExactlyElementsOf(seen);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAddressAndBandwidthRoundTripTheState() throws Exception {
        String id = client.runInstances(run().setInternetMaxBandwidthOut(7).setInternetChargeType("PayByBandwidth"))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        var before = describe(id);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        var after = describe(id);
        assertThat(after.getPublicIpAddress().getIpAddress()).isEqualTo(before.getPublicIpAddress().getIpAddress());
        assertThat(after).extracting("internetMaxBandwidthOut", "internetChargeType", "instanceChargeType")
                .containsExactly(7, "PayByBandwidth", "PostPaid");
    }
}
