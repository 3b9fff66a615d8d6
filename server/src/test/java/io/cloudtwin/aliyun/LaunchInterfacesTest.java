package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.AttachNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfaceAttributeRequest;
import com.aliyun.ecs20140526.models.ModifyNetworkInterfaceAttributeRequest;
import com.aliyun.ecs20140526.models.CreateNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstanceNetworkInterfacesNetworkInterface;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesRequest;
import com.aliyun.ecs20140526.models.DetachNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesResponseBody.DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSet;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest.RunInstancesRequestNetworkInterface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.support.EcsTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * RunInstances' NetworkInterface.N through the Tea ECS client, as alicloud_instance sends it: a Primary
 * NetworkInterface.1 in place of the request's VSwitchId and groups (when network_interface_traffic_mode and the like
 * are set), and Secondary ones from its network_interfaces block, which the provider reads back from DescribeInstances'
 * NetworkInterfaces and DescribeNetworkInterfaces.
 */
class LaunchInterfacesTest extends EcsTestBase {
    private static final String ZONE = "cn-hangzhou-i";
    private AliyunApi api;

    @BeforeEach
    void api() {
        api = new AliyunApi(port);
    }

    /** {vpc, vSwitch 10.b.1.0/24, vSwitch 10.b.2.0/24, security group}, all in ZONE. */
    private String[] network(int b) throws Exception {
        String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10." + b + ".0.0/16").path("VpcId").asString();
        String one = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", ZONE, "CidrBlock",
                "10." + b + ".1.0/24").path("VSwitchId").asString();
        String two = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", ZONE, "CidrBlock",
                "10." + b + ".2.0/24").path("VSwitchId").asString();
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
        return new String[] {vpc, one, two, group};
    }

    /** A RunInstances with no network of its own. */
    private static RunInstancesRequest bare(RunInstancesRequestNetworkInterface... nics) {
        return new RunInstancesRequest().setRegionId(REGION).setImageId(TeaEcs.IMAGE).setInstanceType("ecs.g6.large")
                .setZoneId(ZONE).setNetworkInterface(List.of(nics));
    }

    private DescribeInstancesResponseBodyInstancesInstance instance(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private List<DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSet> nics(
            DescribeNetworkInterfacesRequest r) throws Exception {
        var sets = client.describeNetworkInterfaces(r.setRegionId(REGION)).getBody().getNetworkInterfaceSets();
        return sets == null || sets.getNetworkInterfaceSet() == null ? List.of() : sets.getNetworkInterfaceSet();
    }

    /**
     * alicloud_ecs_network_interface's read walks these lists of DescribeNetworkInterfaces with Go type assertions,
     * which panic where one is missing: each must be there, empty or not.
     */
    @Test
    void theProvidersReadOfAnInterfaceFindsEveryListItWalks() throws Exception {
        String[] net = network(145);
        String eni = client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[2]).setSecurityGroupId(net[3])).getBody().getNetworkInterfaceId();
        var set = api.ecs("DescribeNetworkInterfaces", "RegionId", REGION, "NetworkInterfaceId.1", eni)
                .path("NetworkInterfaceSets").path("NetworkInterfaceSet").path(0);
        for (String[] list : new String[][] {{"PrivateIpSets", "PrivateIpSet"}, {"Ipv6Sets", "Ipv6Set"},
                {"Ipv4PrefixSets", "Ipv4PrefixSet"}, {"SecurityGroupIds", "SecurityGroupId"}}) {
            assertThat(set.path(list[0]).path(list[1]).isArray()).as(list[0] + "." + list[1]).isTrue();
        }
        assertThat(set.path("PrivateIpSets").path("PrivateIpSet").path(0).path("Primary").isBoolean()).isTrue();
    }

    /** SourceDestCheck of an interface, as the provider reads it from DescribeNetworkInterfaces. */
    private boolean sourceDestCheck(String eni) {
        var set = api.ecs("DescribeNetworkInterfaces", "RegionId", REGION, "NetworkInterfaceId.1", eni)
                .path("NetworkInterfaceSets").path("NetworkInterfaceSet").path(0);
        assertThat(set.path("SourceDestCheck").isBoolean()).isTrue();
        return set.path("SourceDestCheck").asBoolean();
    }

    private int instanceCount() throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody().getTotalCount();
    }

    @Test
    void aPrimaryInterfaceStandsForTheRequestsNetwork() throws Exception {
        String[] net = network(140);
        var primary = new RunInstancesRequestNetworkInterface().setInstanceType("Primary").setVSwitchId(net[1])
                .setSecurityGroupIds(List.of(net[3])).setPrimaryIpAddress("10.140.1.20")
                .setNetworkInterfaceTrafficMode("Standard").setQueuePairNumber(2L);
        String id = ecs.launch(bare(primary));
        var described = instance(id);
        assertThat(described.getVpcAttributes().getVSwitchId()).isEqualTo(net[1]);
        assertThat(described.getVpcAttributes().getVpcId()).isEqualTo(net[0]);
        assertThat(described.getVpcAttributes().getPrivateIpAddress().getIpAddress()).containsExactly("10.140.1.20");
        assertThat(described.getSecurityGroupIds().getSecurityGroupId()).containsExactly(net[3]);
        var eni = nics(new DescribeNetworkInterfacesRequest().setInstanceId(id).setType("Primary"));
        assertThat(eni).singleElement().satisfies(n -> {
            assertThat(n.getNetworkInterfaceTrafficMode()).isEqualTo("Standard");
            assertThat(n.getPrivateIpAddress()).isEqualTo("10.140.1.20");
            assertThat(n.getQueuePairNumber()).as("queue_pair_number, read back by the provider").isEqualTo(2);
        });

        int before = instanceCount();
        assertThat(refused(() -> ecs.launch(bare(primary.setPrimaryIpAddress(null)).setVSwitchId(net[1]))).getCode())
                .as("the request's and the primary interface's network both").isEqualTo("InvalidParam.NetworkInterface");
        var second = new RunInstancesRequestNetworkInterface().setInstanceType("Primary").setVSwitchId(net[2]);
        assertThat(refused(() -> ecs.launch(bare(new RunInstancesRequestNetworkInterface().setVSwitchId(net[2]), second)
                .setVSwitchId(net[1]).setSecurityGroupId(net[3]))).getCode())
                .as("only NetworkInterface.1 is primary").isEqualTo("InvalidParam.NetworkInterface");
        assertThat(refused(() -> ecs.launch(bare(new RunInstancesRequestNetworkInterface().setInstanceType("Primary")
                .setNetworkInterfaceId("eni-nothere")))).getCode())
                .isEqualTo("InvalidOperation.RegionNotSupportNetworkInterfaceId");
        assertThat(refused(() -> ecs.launch(bare(new RunInstancesRequestNetworkInterface().setInstanceType("Tertiary")
                .setVSwitchId(net[1])))).getStatusCode()).isEqualTo(400);
        assertThat(refused(() -> ecs.launch(bare(primary.setNetworkInterfaceTrafficMode("Turbo")))).getStatusCode())
                .isEqualTo(400);
        var huge = new RunInstancesRequestNetworkInterface().setInstanceType("Primary").setVSwitchId(net[1])
                .setSecurityGroupIds(List.of(net[3])).setQueuePairNumber(5_000_000_000L);
        assertThat(refused(() -> ecs.launch(bare(huge))).getStatusCode()).as("no count the cloud takes").isEqualTo(400);
        assertThat(instanceCount()).as("a refusal creates nothing").isEqualTo(before);
    }

    /**
     * Attachment.NetworkCardIndex of an interface, as the provider reads network_card_index (null: attached to no
     * instance).
     */
    private Integer networkCard(String eni) throws Exception {
        var attachment = nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(eni))).get(0)
                .getAttachment();
        if (attachment == null || attachment.getInstanceId() == null || attachment.getInstanceId().isEmpty()) {
            return null;
        }
        return attachment.getNetworkCardIndex();
    }

    /**
     * alicloud_instance's network_card_index and its network_interfaces' are ForceNew and read back from
     * DescribeNetworkInterfaces' Attachment: an index not answered as given would replace the instance at every plan.
     */
    @Test
    void theNetworkCardIndexIsTheAttachmentsAndReadBack() throws Exception {
        String[] net = network(146);
        var primary = new RunInstancesRequestNetworkInterface().setInstanceType("Primary").setVSwitchId(net[1])
                .setSecurityGroupIds(List.of(net[3])).setNetworkCardIndex(0);
        var second = new RunInstancesRequestNetworkInterface().setInstanceType("Secondary").setVSwitchId(net[2])
                .setNetworkCardIndex(1);
        String id = ecs.launch(bare(primary, second));
        String primaryEni = nics(new DescribeNetworkInterfacesRequest().setInstanceId(id).setType("Primary")).get(0)
                .getNetworkInterfaceId();
        var launched = nics(new DescribeNetworkInterfacesRequest().setInstanceId(id).setType("Secondary")).get(0);
        assertThat(launched.getAttachment().getInstanceId()).isEqualTo(id);
        assertThat(launched.getAttachment().getNetworkCardIndex()).isEqualTo(1);
        assertThat(networkCard(primaryEni)).isZero();
        assertThat(client.describeNetworkInterfaceAttribute(new DescribeNetworkInterfaceAttributeRequest()
                .setRegionId(REGION).setNetworkInterfaceId(launched.getNetworkInterfaceId())).getBody().getAttachment()
                .getNetworkCardIndex()).isEqualTo(1);

        String eni = client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[2]).setSecurityGroupId(net[3])).getBody().getNetworkInterfaceId();
        assertThat(networkCard(eni)).as("not attached: no attachment").isNull();
        assertThat(refused(() -> client.attachNetworkInterface(new AttachNetworkInterfaceRequest().setRegionId(REGION)
                .setNetworkInterfaceId(eni).setInstanceId(id).setNetworkCardIndex(-1))).getCode())
                .isEqualTo("InvalidParameter.NetworkCardIndexInvalid");
        assertThat(networkCard(eni)).as("a refusal attaches nothing").isNull();
        client.detachNetworkInterface(new DetachNetworkInterfaceRequest()
                .setRegionId(REGION).setNetworkInterfaceId(launched.getNetworkInterfaceId()).setInstanceId(id));
        assertThat(networkCard(launched.getNetworkInterfaceId())).as("detached: no attachment").isNull();
        client.attachNetworkInterface(new AttachNetworkInterfaceRequest().setRegionId(REGION)
                .setNetworkInterfaceId(launched.getNetworkInterfaceId()).setInstanceId(id));
        assertThat(networkCard(launched.getNetworkInterfaceId())).as("attached again, no card given: the first")
                .isZero();
        client.attachNetworkInterface(new AttachNetworkInterfaceRequest().setRegionId(REGION)
                .setNetworkInterfaceId(eni).setInstanceId(id).setNetworkCardIndex(1));
        assertThat(networkCard(eni)).isEqualTo(1);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(networkCard(eni)).as("kept through the state document").isEqualTo(1);
        assertThat(refused(() -> ecs.launch(bare(primary.setNetworkCardIndex(-2)))).getCode())
                .isEqualTo("InvalidParameter.NetworkCardIndexInvalid");
    }

    @Test
    void secondaryInterfacesAreMadeAttachedAndReleasedWithTheInstance() throws Exception {
        String[] net = network(141);
        String existing = client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[2]).setSecurityGroupId(net[3])).getBody().getNetworkInterfaceId();
        var made = new RunInstancesRequestNetworkInterface().setInstanceType("Secondary").setVSwitchId(net[2])
                .setNetworkInterfaceName("data").setNetworkInterfaceTrafficMode("HighPerformance").setQueueNumber(4);
        var attached = new RunInstancesRequestNetworkInterface().setNetworkInterfaceId(existing);
        String id = ecs.launch(bare(made, attached).setVSwitchId(net[1]).setSecurityGroupId(net[3]));

        assertThat(instance(id).getNetworkInterfaces().getNetworkInterface())
                .extracting(DescribeInstancesResponseBodyInstancesInstanceNetworkInterfacesNetworkInterface::getType)
                .as("the provider reads network_interfaces from here").containsExactly("Primary", "Secondary", "Secondary");
        var secondaries = nics(new DescribeNetworkInterfacesRequest().setInstanceId(id).setType("Secondary"));
        assertThat(secondaries).hasSize(2).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo("InUse");
            assertThat(n.getVSwitchId()).isEqualTo(net[2]);
            assertThat(n.getSecurityGroupIds().getSecurityGroupId()).as("the instance's groups").containsExactly(net[3]);
        });
        var data = secondaries.stream().filter(n -> "data".equals(n.getNetworkInterfaceName())).findFirst().orElseThrow();
        assertThat(data.getNetworkInterfaceTrafficMode()).isEqualTo("HighPerformance");
        assertThat(data.getQueueNumber()).isEqualTo(4);
        assertThat(data.getPrivateIpAddress()).startsWith("10.141.2.");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        String broken = exported.replaceFirst("(\"label\"\\s*:\\s*\"queueNumber\"\\s*,\\s*\"value\"\\s*:\\s*)\"4\"",
                "$1\"four\"");
        assertThat(broken).as("the label is exported").isNotEqualTo(exported);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", broken).statusCode()).as("not a count")
                .isEqualTo(400);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);

        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(id).setForce(true));
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(data.getNetworkInterfaceId()))))
                .as("launched with the instance, released with it (DeleteOnRelease, kept through the state document)")
                .isEmpty();
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(existing))))
                .singleElement().satisfies(n -> assertThat(n.getStatus()).as("an existing one is detached")
                        .isEqualTo("Available"));

        var kept = new RunInstancesRequestNetworkInterface().setVSwitchId(net[2]).setDeleteOnRelease(false)
                .setSecurityGroupIds(List.of(net[3]));
        String other = ecs.launch(bare(kept).setVSwitchId(net[1]).setSecurityGroupId(net[3]));
        String keptId = nics(new DescribeNetworkInterfacesRequest().setInstanceId(other).setType("Secondary")).get(0)
                .getNetworkInterfaceId();
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(other).setForce(true));
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(keptId))))
                .as("DeleteOnRelease=false").singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo("Available"));
    }

    @Test
    void aRefusedSecondaryLeavesNothingBehind() throws Exception {
        String[] net = network(142);
        String[] elsewhere = network(143);
        int before = instanceCount();
        int interfaces = nics(new DescribeNetworkInterfacesRequest().setType("Secondary")).size();
        var addressed = new RunInstancesRequestNetworkInterface().setVSwitchId(net[2]).setPrimaryIpAddress("10.142.2.9");
        assertThat(refused(() -> ecs.launch(bare(addressed).setVSwitchId(net[1]).setSecurityGroupId(net[3])
                .setAmount(2))).getCode()).isEqualTo("InvalidParam.SecondaryNetworkInterface");
        var otherVpc = new RunInstancesRequestNetworkInterface().setVSwitchId(elsewhere[2])
                .setSecurityGroupIds(List.of(elsewhere[3]));
        assertThat(refused(() -> ecs.launch(bare(otherVpc).setVSwitchId(net[1]).setSecurityGroupId(net[3])))
                .getCode()).isEqualTo("InvalidOperation.InvalidNetworkInterfaceId");
        var many = new RunInstancesRequestNetworkInterface().setVSwitchId(net[2]);
        assertThat(refused(() -> ecs.launch(bare(many, many, many).setVSwitchId(net[1]).setSecurityGroupId(net[3])))
                .getCode()).isEqualTo("InvalidOperation.EniCountExceeded");
        assertThat(refused(() -> ecs.launch(bare(new RunInstancesRequestNetworkInterface().setNetworkInterfaceName("x"))
                .setVSwitchId(net[1]).setSecurityGroupId(net[3]))).getCode()).startsWith("MissingParameter");
        assertThat(instanceCount()).isEqualTo(before);
        assertThat(nics(new DescribeNetworkInterfacesRequest().setType("Secondary"))).as("all or none")
                .hasSize(interfaces);
    }

    @Test
    void aStandaloneInterfaceCanBeMadeToGoWithItsInstance() throws Exception {
        String[] net = network(144);
        // source_dest_check as the provider sends it (raw RPC, as its RpcPost): the Tea client of this version lacks it
        var created = api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", net[2], "SecurityGroupId",
                net[3], "DeleteOnRelease", "true", "NetworkInterfaceTrafficMode", "HighPerformance", "SourceDestCheck",
                "true", "QueueNumber", "2").path("NetworkInterfaceId").asString();
        var kept = client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[2]).setSecurityGroupId(net[3])).getBody().getNetworkInterfaceId();
        var attribute = client.describeNetworkInterfaceAttribute(new DescribeNetworkInterfaceAttributeRequest()
                .setRegionId(REGION).setNetworkInterfaceId(created)).getBody();
        assertThat(attribute.getDeleteOnRelease()).isTrue();
        assertThat(attribute.getNetworkInterfaceTrafficMode()).isEqualTo("HighPerformance");
        assertThat(attribute.getQueueNumber()).isEqualTo(2);
        assertThat(sourceDestCheck(created)).isTrue();
        assertThat(sourceDestCheck(kept)).isFalse();
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(kept))))
                .singleElement().satisfies(n -> {
                    assertThat(n.getDeleteOnRelease()).as("not asked for").isFalse();
                    assertThat(n.getNetworkInterfaceTrafficMode()).isEqualTo("Standard");
                });
        assertThat(refused(() -> client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[2]).setSecurityGroupId(net[3]).setNetworkInterfaceTrafficMode("Turbo")))
                .getStatusCode()).isEqualTo(400);

        client.modifyNetworkInterfaceAttribute(new ModifyNetworkInterfaceAttributeRequest().setRegionId(REGION)
                .setNetworkInterfaceId(kept).setDeleteOnRelease(true));
        client.modifyNetworkInterfaceAttribute(new ModifyNetworkInterfaceAttributeRequest().setRegionId(REGION)
                .setNetworkInterfaceId(created).setDeleteOnRelease(false));
        api.ecs("ModifyNetworkInterfaceAttribute", "RegionId", REGION, "NetworkInterfaceId", created,
                "SourceDestCheck", "false");
        assertThat(sourceDestCheck(created)).as("turned off").isFalse();
        String id = ecs.launch(bare().setVSwitchId(net[1]).setSecurityGroupId(net[3]));
        for (String eni : List.of(created, kept)) {
            client.attachNetworkInterface(new AttachNetworkInterfaceRequest().setRegionId(REGION)
                    .setNetworkInterfaceId(eni).setInstanceId(id));
        }
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(id).setForce(true));
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(kept))))
                .as("DeleteOnRelease turned on").isEmpty();
        assertThat(nics(new DescribeNetworkInterfacesRequest().setNetworkInterfaceId(List.of(created))))
                .as("DeleteOnRelease turned off").singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo("Available"));
    }
}
