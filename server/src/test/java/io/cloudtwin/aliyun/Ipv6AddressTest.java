package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.aliyun.ecs20140526.models.AssignIpv6AddressesRequest;
import com.aliyun.ecs20140526.models.CreateNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DeleteNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesResponseBody.DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSetIpv6SetsIpv6Set;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.UnassignIpv6AddressesRequest;
import com.aliyuncs.vpc.model.v20160428.AllocateIpv6InternetBandwidthRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpv6EgressOnlyRuleRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpv6InternetBandwidthRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeIpv6AddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeIpv6EgressOnlyRulesRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyIpv6InternetBandwidthRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.EcsTestBase;
import io.cloudtwin.support.TeaCalls;

/**
 * IPv6 addresses of network interfaces and instances through the Tea ECS client, as the provider drives them:
 * alicloud_ecs_network_interface's ipv6_address_count / ipv6_addresses (CreateNetworkInterface, the read of Ipv6Sets,
 * AssignIpv6Addresses and UnassignIpv6Addresses on a change) and alicloud_instance's (RunInstances Ipv6AddressCount,
 * the read of the primary interface's Ipv6Sets, Assign/Unassign on it). The VPC and vSwitch get IPv6 through the VPC
 * product.
 */
class Ipv6AddressTest extends EcsTestBase {
    private static final String ZONE = "cn-hangzhou-i";
    private AliyunApi api;

    @BeforeEach
    void api() {
        api = new AliyunApi(port);
    }

    /** A vSwitch's IPv6 /64 prefix ("2408:4005:abc:de01:") and ids: {vSwitch, security group, prefix}. */
    private String[] network(int b, boolean ipv6) throws Exception {
        String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10." + b + ".0.0/16", "EnableIpv6",
                String.valueOf(ipv6)).path("VpcId").asString();
        var params = new ArrayList<>(List.of("RegionId", REGION, "VpcId", vpc, "ZoneId", ZONE, "CidrBlock",
                "10." + b + ".1.0/24"));
        if (ipv6) params.addAll(List.of("Ipv6CidrBlock", "1"));
        String vsw = api.vpc("CreateVSwitch", params.toArray(String[]::new)).path("VSwitchId").asString();
        String block = api.vpc("DescribeVSwitchAttributes", "RegionId", REGION, "VSwitchId", vsw)
                .path("Ipv6CidrBlock").asString();
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
        return new String[] {vsw, group, ipv6 ? block.replace("::/64", ":") : ""};
    }

    private String eni(String[] net, Integer ipv6Count, List<String> ipv6) throws Exception {
        return client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[0]).setSecurityGroupId(net[1]).setIpv6AddressCount(ipv6Count)
                .setIpv6Address(ipv6)).getBody().getNetworkInterfaceId();
    }

    private List<String> ipv6Of(String eniId) throws Exception {
        var sets = client.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest().setRegionId(REGION)
                        .setNetworkInterfaceId(List.of(eniId))).getBody().getNetworkInterfaceSets()
                .getNetworkInterfaceSet().get(0).getIpv6Sets();
        return sets == null || sets.getIpv6Set() == null ? List.of() : sets.getIpv6Set().stream()
                .map(DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSetIpv6SetsIpv6Set
                        ::getIpv6Address).toList();
    }

    private AssignIpv6AddressesRequest assign(String eniId, Integer count, List<String> addresses) {
        return new AssignIpv6AddressesRequest().setRegionId(REGION).setNetworkInterfaceId(eniId)
                .setIpv6AddressCount(count).setIpv6Address(addresses);
    }

    private UnassignIpv6AddressesRequest unassign(String eniId, List<String> addresses) {
        return new UnassignIpv6AddressesRequest().setRegionId(REGION).setNetworkInterfaceId(eniId)
                .setIpv6Address(addresses);
    }

    @Test
    void anInterfaceTakesAndGivesBackIpv6AddressesOfItsVSwitch() throws Exception {
        String[] net = network(120, true);
        String prefix = net[2];
        var created = client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[0]).setSecurityGroupId(net[1]).setIpv6AddressCount(2)).getBody();
        String id = created.getNetworkInterfaceId();
        assertThat(created.getIpv6Sets().getIpv6Set()).hasSize(2);
        List<String> two = ipv6Of(id);
        assertThat(two).hasSize(2).allSatisfy(a -> assertThat(a).startsWith(prefix)).doesNotHaveDuplicates();

        var given = client.assignIpv6Addresses(assign(id, null, List.of(prefix + "0:0:0:AB"))).getBody();
        assertThat(given.getIpv6Sets().getIpv6Address()).containsExactly(prefix + ":ab");
        assertThat(given.getNetworkInterfaceId()).isEqualTo(id);
        assertThat(ipv6Of(id)).hasSize(3).contains(prefix + ":ab");
        assertThat(client.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest().setRegionId(REGION)
                        .setIpv6Address(List.of(prefix + ":AB"))).getBody().getNetworkInterfaceSets()
                .getNetworkInterfaceSet()).singleElement().satisfies(n -> assertThat(n.getNetworkInterfaceId())
                .isEqualTo(id));

        client.unassignIpv6Addresses(unassign(id, List.of(two.get(0))));
        assertThat(ipv6Of(id)).containsExactlyInAnyOrder(two.get(1), prefix + ":ab");
        assertThat(refused(() -> client.unassignIpv6Addresses(unassign(id, List.of(two.get(0))))).getCode())
                .isEqualTo("InvalidIp.IpUnassigned");

        String other = eni(net, null, null);
        assertThat(refused(() -> client.assignIpv6Addresses(assign(other, null, List.of(prefix + ":ab")))).getCode())
                .as("another interface's").isEqualTo("InvalidIp.IpAssigned");
        assertThat(refused(() -> client.assignIpv6Addresses(assign(other, null, List.of("2001:db8::1")))).getCode())
                .as("outside the vSwitch's /64").isEqualTo("InvalidVSwitchId.IpInvalid");
        assertThat(refused(() -> client.assignIpv6Addresses(assign(other, 11, null))).getCode())
                .isEqualTo("InvalidOperation.Ipv6CountExceeded");
        client.assignIpv6Addresses(assign(other, 8, null));
        assertThat(refused(() -> client.assignIpv6Addresses(assign(other, 3, null))).getCode())
                .as("10 an interface").isEqualTo("InvalidOperation.Ipv6CountExceeded");
        assertThat(ipv6Of(other)).hasSize(8);

        client.deleteNetworkInterface(new DeleteNetworkInterfaceRequest().setRegionId(REGION).setNetworkInterfaceId(id));
        client.assignIpv6Addresses(assign(other, null, List.of(prefix + ":ab")));
        assertThat(ipv6Of(other)).as("the deleted interface's address is free again").contains(prefix + ":ab");

        String[] plain = network(121, false);
        String v4only = eni(plain, null, null);
        assertThat(refused(() -> client.assignIpv6Addresses(assign(v4only, 1, null))).getCode())
                .isEqualTo("InvalidOperation.VSwitchIpv6Disabled");
        assertThat(refused(() -> eni(plain, 1, null)).getCode()).isEqualTo("InvalidOperation.VSwitchIpv6Disabled");
    }

    @Test
    void anInstanceHasIpv6OnItsPrimaryInterface() throws Exception {
        String[] net = network(122, true);
        String instance = ecs.launch(ecs.run().setSecurityGroupId(net[1]).setVSwitchId(net[0])
                .setIpv6AddressCount(1));
        String primary = "eni-" + instance.substring(2);
        List<String> one = ipv6Of(primary);
        assertThat(one).singleElement().satisfies(a -> assertThat(a).startsWith(net[2]));
        var described = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + instance + "\"]")).getBody().getInstances().getInstance().get(0);
        assertThat(described.getNetworkInterfaces().getNetworkInterface().get(0).getIpv6Sets().getIpv6Set())
                .singleElement().satisfies(s -> assertThat(s.getIpv6Address()).isEqualTo(one.get(0)));
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setIpv6Address(List.of(one.get(0)))).getBody().getInstances().getInstance())
                .singleElement().satisfies(i -> assertThat(i.getInstanceId()).isEqualTo(instance));
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setIpv6Address(List.of(net[2] + ":1234"))).getBody().getTotalCount()).isZero();

        // a secondary interface launched with its own IPv6 addresses: DescribeInstances answers them on it
        String second = ecs.launch(ecs.run().setSecurityGroupId(net[1]).setVSwitchId(net[0]).setNetworkInterface(
                List.of(new RunInstancesRequest.RunInstancesRequestNetworkInterface().setVSwitchId(net[0])
                        .setIpv6AddressCount(2L))));
        var nics = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + second + "\"]")).getBody().getInstances().getInstance().get(0)
                .getNetworkInterfaces().getNetworkInterface();
        assertThat(nics).hasSize(2);
        assertThat(nics.get(0).getIpv6Sets().getIpv6Set()).as("the primary has none").isEmpty();
        assertThat(nics.get(1).getType()).isEqualTo("Secondary");
        assertThat(nics.get(1).getIpv6Sets().getIpv6Set()).hasSize(2)
                .allSatisfy(a -> assertThat(a.getIpv6Address()).startsWith(net[2]));
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(second).setForce(true));

        client.assignIpv6Addresses(assign(primary, null, List.of(net[2] + ":99")));
        assertThat(ipv6Of(primary)).containsExactly(one.get(0), net[2] + ":99");
        String vsw = net[0];
        assertThat(api.send("Vpc", "ModifyVSwitchAttribute", "JSON", AliyunApi.params("RegionId", REGION,
                "VSwitchId", vsw, "EnableIPv6", "false")).tree().path("Code").asString())
                .as("the vSwitch's addresses are in use").isEqualTo("OperationFailed.Ipv6InstanceExist");

        String[] plain = network(123, false);
        assertThat(refused(() -> ecs.launch(ecs.run().setSecurityGroupId(plain[1]).setVSwitchId(plain[0])
                .setIpv6AddressCount(1))).getCode()).isEqualTo("InvalidVSwitch.Ipv6NotTurnOn");
        // ipv6_address_count = 0, which alicloud_instance sends as given: no IPv6 address, on any vSwitch
        String none = ecs.launch(ecs.run().setSecurityGroupId(plain[1]).setVSwitchId(plain[0]).setIpv6AddressCount(0));
        assertThat(ipv6Of("eni-" + none.substring(2))).isEmpty();
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(none).setForce(true));

        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        api.vpc("ModifyVSwitchAttribute", "RegionId", REGION, "VSwitchId", vsw, "EnableIPv6", "false");
        assertThat(api.vpc("DescribeVSwitchAttributes", "RegionId", REGION, "VSwitchId", vsw).path("Ipv6CidrBlock")
                .asString()).isEmpty();
    }

    private DescribeIpv6AddressesRequest addresses() {
        DescribeIpv6AddressesRequest d = new DescribeIpv6AddressesRequest();
        d.setRegionId(REGION);
        return d;
    }

    /**
     * alicloud_vpc_ipv6_address (501 before): AllocateIpv6Address through the raw RPC as the provider sends it, the read
     * by Ipv6AddressId, ModifyIpv6AddressAttribute on a change and ReleaseIpv6Address on destroy. An address allocated
     * so is held by nothing; one with public bandwidth, or one an interface holds, is not released.
     */
    @Test
    void anAddressOfItsOwnIsAllocatedNamedAndReleased() throws Exception {
        var vpc = new ClassicSdk(endpoint());
        String[] net = network(128, true);
        var made = api.vpc("AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0], "Ipv6AddressName", "web",
                "Ipv6AddressDescription", "for the web tier", "ClientToken", "allocate-web");
        String id = made.path("Ipv6AddressId").asString();
        assertThat(made.path("Ipv6Address").asString()).startsWith(net[2]);
        assertThat(api.vpc("AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0], "ClientToken",
                "allocate-web").path("Ipv6AddressId").asString()).as("the same client token").isEqualTo(id);

        var byId = addresses();
        byId.setIpv6AddressId(id);
        var read = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Ipv6AddressId", id).path("Ipv6Addresses")
                .path("Ipv6Address").path(0);
        assertThat(read.path("Ipv6AddressName").asString() + "/" + read.path("Ipv6AddressDescription").asString())
                .isEqualTo("web/for the web tier");
        assertThat(vpc.call(byId).getIpv6Addresses()).singleElement().satisfies(a -> {
            assertThat(a.getAssociatedInstanceId()).isEmpty();
            assertThat(a.getAssociatedInstanceType()).isEmpty();
            assertThat(a.getVSwitchId()).isEqualTo(net[0]);
            assertThat(a.getNetworkType()).isEqualTo("Private");
        });
        var modify = new com.aliyuncs.vpc.model.v20160428.ModifyIpv6AddressAttributeRequest();
        modify.setSysRegionId(REGION);
        modify.setIpv6AddressId(id);
        modify.setName("web-2");
        vpc.call(modify);
        var byName = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Name", "web-2").path("Ipv6Addresses")
                .path("Ipv6Address");
        assertThat(byName.size()).isEqualTo(1);
        assertThat(byName.path(0).path("Ipv6AddressId").asString() + " "
                + byName.path(0).path("Ipv6AddressDescription").asString()).isEqualTo(id + " for the web tier");

        String wanted = net[2] + ":10";
        assertThat(api.vpc("AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0], "Ipv6Address", wanted)
                .path("Ipv6Address").asString()).isEqualTo(net[2] + ":10");
        assertThat(api.refusal(AliyunSpecs.VPC, "AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0],
                "Ipv6Address", wanted)).isEqualTo("OperationFailed.IPv6AddressAlreadyAllocated");
        assertThat(api.refusal(AliyunSpecs.VPC, "AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0],
                "Ipv6Address", "2001:db8::1")).isEqualTo("OperationFailed.AddressNotInVSwitchCidr");
        assertThat(api.refusal(AliyunSpecs.VPC, "AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0],
                "Ipv6Address", "not-an-address")).isEqualTo("IllegalParam.IpAddress");
        assertThat(api.refusal(AliyunSpecs.VPC, "AllocateIpv6Address", "RegionId", REGION, "VSwitchId",
                network(129, false)[0])).isEqualTo("OperationFailed.IPv6Disabled");
        assertThat(api.refusal(AliyunSpecs.VPC, "AllocateIpv6Address", "RegionId", REGION, "VSwitchId",
                "vsw-missing")).isEqualTo("ResourceNotFound.VSwitch");

        // public bandwidth keeps it; so does an interface holding an address
        String vpcId = api.vpc("DescribeVSwitchAttributes", "RegionId", REGION, "VSwitchId", net[0]).path("VpcId")
                .asString();
        String gateway = api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", vpcId).path("Ipv6GatewayId")
                .asString();
        api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", id, "Ipv6GatewayId", gateway,
                "Bandwidth", "10");
        assertThat(api.refusal(AliyunSpecs.VPC, "ReleaseIpv6Address", "RegionId", REGION, "Ipv6AddressId", id))
                .isEqualTo("DependencyViolation.Ipv6InternetBandwidth");
        api.vpc("DeleteIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", id);
        String held = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "AssociatedInstanceId",
                eni(net, 1, null)).path("Ipv6Addresses").path("Ipv6Address").path(0).path("Ipv6AddressId").asString();
        assertThat(api.refusal(AliyunSpecs.VPC, "ReleaseIpv6Address", "RegionId", REGION, "Ipv6AddressId", held))
                .isEqualTo("OperationFailed.AssociationExist");

        api.vpc("ReleaseIpv6Address", "RegionId", REGION, "Ipv6AddressId", id);
        assertThat(vpc.call(byId).getIpv6Addresses()).as("destroyed: the provider reads it gone").isEmpty();
        assertThat(api.refusal(AliyunSpecs.VPC, "ReleaseIpv6Address", "RegionId", REGION, "Ipv6AddressId", id))
                .isEqualTo("ResourceNotFound.Ipv6InstanceId");
        assertThat(api.refusal(AliyunSpecs.VPC, "ModifyIpv6AddressAttribute", "RegionId", REGION, "Ipv6AddressId",
                id, "Name", "gone")).isEqualTo("InvalidIpv6AddressId.NotFound");
    }

    @Test
    void anAddressOfItsOwnRoundTripsTheState() throws Exception {
        String[] net = network(130, true);
        String id = api.vpc("AllocateIpv6Address", "RegionId", REGION, "VSwitchId", net[0], "Ipv6AddressName",
                "kept").path("Ipv6AddressId").asString();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        var a = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Ipv6AddressId", id).path("Ipv6Addresses")
                .path("Ipv6Address").path(0);
        assertThat(a.path("Ipv6AddressName").asString() + " " + a.path("VSwitchId").asString())
                .isEqualTo("kept " + net[0]);
    }

    /** The name ModifyIpv6AddressAttribute gives an address an interface holds comes back with the state. */
    @Test
    void anInterfacesAddressKeepsItsNameThroughTheState() throws Exception {
        String[] net = network(131, true);
        eni(net, null, List.of(net[2] + ":5"));
        String id = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Ipv6Address", net[2] + ":5")
                .path("Ipv6Addresses").path("Ipv6Address").path(0).path("Ipv6AddressId").asString();
        api.vpc("ModifyIpv6AddressAttribute", "RegionId", REGION, "Ipv6AddressId", id, "Name", "db",
                "Description", "for the database");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).containsPattern("\"ipv6AddressNames\"\\s*:\\s*1");

        var a = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Ipv6AddressId", id).path("Ipv6Addresses")
                .path("Ipv6Address").path(0);
        assertThat(a.path("Ipv6AddressName").asString() + "/" + a.path("Ipv6AddressDescription").asString())
                .isEqualTo("db/for the database");
        var again = admin("POST", "/_cloudtwin/state", exported);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("imported twice, named once").containsPattern("\"ipv6AddressNames\"\\s*:\\s*0");
    }

    /**
     * alicloud_vpc_ipv6_internet_bandwidth as the provider's example builds it: an instance with an IPv6 address, the
     * address found by DescribeIpv6Addresses (AssociatedInstanceId, as the alicloud_vpc_ipv6_addresses data source
     * asks), AllocateIpv6InternetBandwidth through the VPC's IPv6 gateway, the read by Ipv6InternetBandwidthId,
     * ModifyIpv6InternetBandwidth, DeleteIpv6InternetBandwidth and the read that finds nothing.
     */
    @Test
    void anInstancesAddressGetsPublicBandwidthThroughTheGateway() throws Exception {
        var vpc = new ClassicSdk(endpoint());
        String[] net = network(127, true);
        String vpcId = api.vpc("DescribeVSwitchAttributes", "RegionId", REGION, "VSwitchId", net[0]).path("VpcId")
                .asString();
        String gateway = api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", vpcId).path("Ipv6GatewayId")
                .asString();
        String instance = ecs.launch(ecs.run().setSecurityGroupId(net[1]).setVSwitchId(net[0])
                .setIpv6AddressCount(1));
        String eniId = eni(net, 1, null);

        var byInstance = addresses();
        byInstance.setAssociatedInstanceId(instance);
        var found = vpc.call(byInstance).getIpv6Addresses();
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.getAssociatedInstanceType()).isEqualTo("EcsInstance");
            assertThat(a.getIpv6Address()).startsWith(net[2]);
            assertThat(a.getVpcId() + " " + a.getVSwitchId() + " " + a.getIpv6GatewayId())
                    .isEqualTo(vpcId + " " + net[0] + " " + gateway);
            assertThat(a.getNetworkType()).isEqualTo("Private");
            assertThat(a.getStatus()).isEqualTo("Available");
            assertThat(a.getIpv6Isp()).isEqualTo("BGP");
        });
        String addressId = found.get(0).getIpv6AddressId();
        var byType = addresses();
        byType.setVpcId(vpcId);
        byType.setAssociatedInstanceType("NetworkInterface");
        assertThat(vpc.call(byType).getIpv6Addresses()).singleElement()
                .satisfies(a -> assertThat(a.getAssociatedInstanceId()).isEqualTo(eniId));

        AllocateIpv6InternetBandwidthRequest allocate = new AllocateIpv6InternetBandwidthRequest();
        allocate.setIpv6AddressId(addressId);
        allocate.setIpv6GatewayId(gateway);
        allocate.setBandwidth(20);
        allocate.setInternetChargeType("PayByTraffic");
        String bandwidthId = vpc.call(allocate).getInternetBandwidthId();
        assertThat(bandwidthId).startsWith("ipv6bw-");
        assertThat(vpc.refusal(allocate)).isEqualTo("OperationFailed.InternetBandwidthAlreadyExisted");

        var byBandwidth = addresses();
        byBandwidth.setIpv6InternetBandwidthId(bandwidthId);
        var read = vpc.call(byBandwidth).getIpv6Addresses();
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.getIpv6AddressId()).isEqualTo(addressId);
            assertThat(a.getNetworkType()).isEqualTo("Public");
            assertThat(a.getIpv6InternetBandwidth().getBandwidth()).isEqualTo(20);
            assertThat(a.getIpv6InternetBandwidth().getInternetChargeType()).isEqualTo("PayByTraffic");
            assertThat(a.getIpv6InternetBandwidth().getBusinessStatus()).isEqualTo("Normal");
        });

        ModifyIpv6InternetBandwidthRequest modify = new ModifyIpv6InternetBandwidthRequest();
        modify.setIpv6InternetBandwidthId(bandwidthId);
        modify.setBandwidth(1001L);
        assertThat(vpc.refusal(modify)).as("PayByTraffic: 1000 Mbps at most").isEqualTo("IllegalParam.Bandwidth");
        modify.setBandwidth(50L);
        vpc.call(modify);
        assertThat(vpc.call(byBandwidth).getIpv6Addresses().get(0).getIpv6InternetBandwidth().getBandwidth())
                .isEqualTo(50);

        String otherVpc = api.vpc("CreateVpc", "RegionId", REGION, "EnableIpv6", "true").path("VpcId").asString();
        String otherGateway = api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", otherVpc)
                .path("Ipv6GatewayId").asString();
        var eniAddress = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "AssociatedInstanceId", eniId)
                .path("Ipv6Addresses").path("Ipv6Address").path(0).path("Ipv6AddressId").asString();
        AllocateIpv6InternetBandwidthRequest elsewhere = new AllocateIpv6InternetBandwidthRequest();
        elsewhere.setIpv6AddressId(eniAddress);
        elsewhere.setIpv6GatewayId(otherGateway);
        elsewhere.setBandwidth(5);
        assertThat(vpc.refusal(elsewhere)).isEqualTo("OperationFailed.Ipv6GatewayDisMatchIpv6Address");
        elsewhere.setIpv6AddressId("ipv6-missing");
        assertThat(vpc.refusal(elsewhere)).isEqualTo("InvalidIpv6Instance.NotFound");

        assertThat(api.send("Vpc", "DeleteIpv6Gateway", "JSON", AliyunApi.params("RegionId", REGION,
                "Ipv6GatewayId", gateway)).tree().path("Code").asString())
                .isEqualTo("DependencyViolation.Ipv6InternetBandwidth");
        DeleteIpv6InternetBandwidthRequest delete = new DeleteIpv6InternetBandwidthRequest();
        delete.setIpv6AddressId(addressId);
        vpc.call(delete);
        assertThat(vpc.call(byBandwidth).getIpv6Addresses()).as("the provider reads it as gone").isEmpty();
        api.vpc("DeleteIpv6Gateway", "RegionId", REGION, "Ipv6GatewayId", gateway);

        // an instance's deletion frees its address and the bandwidth with it
        api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", vpcId);
        String newGateway = api.vpc("DescribeIpv6Gateways", "RegionId", REGION, "VpcId", vpcId).path("Ipv6Gateways")
                .path("Ipv6Gateway").path(0).path("Ipv6GatewayId").asString();
        allocate.setIpv6GatewayId(newGateway);
        String again = vpc.call(allocate).getInternetBandwidthId();
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        byBandwidth.setIpv6InternetBandwidthId(again);
        assertThat(vpc.call(byBandwidth).getIpv6Addresses()).isEmpty();
        api.vpc("DeleteIpv6Gateway", "RegionId", REGION, "Ipv6GatewayId", newGateway);
    }

    /** {address id, gateway id} of a new interface's one IPv6 address in network b, its VPC with a gateway. */
    private String[] addressAndGateway(int b) throws Exception {
        String[] net = network(b, true);
        String eniId = eni(net, 1, null);
        var a = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "AssociatedInstanceId", eniId)
                .path("Ipv6Addresses").path("Ipv6Address").path(0);
        String gateway = api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", a.path("VpcId").asString())
                .path("Ipv6GatewayId").asString();
        return new String[] {a.path("Ipv6AddressId").asString(), gateway};
    }

    /**
     * alicloud_vpc_ipv6_egress_rule: CreateIpv6EgressOnlyRule for an address with bandwidth, read back by
     * DescribeIpv6EgressOnlyRules (the gateway and the rule's id) until Available, DeleteIpv6EgressOnlyRule and the read
     * that finds none; a gateway with a rule is not deleted.
     */
    @Test
    void anAddressWithBandwidthGetsAnEgressOnlyRule() throws Exception {
        var vpc = new ClassicSdk(endpoint());
        String[] ag = addressAndGateway(128);
        var rule = AliyunApi.params("RegionId", REGION, "Ipv6GatewayId", ag[1], "InstanceId", ag[0], "InstanceType",
                "IPv6Address", "Name", "out-only", "Description", "no way in");
        assertThat(api.send("Vpc", "CreateIpv6EgressOnlyRule", "JSON", rule).tree().path("Code").asString())
                .as("no bandwidth yet").isEqualTo("OperationFailed.NoInternetBandwidth");
        api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId", ag[1],
                "Bandwidth", "5");
        var created = api.send("Vpc", "CreateIpv6EgressOnlyRule", "JSON", rule);
        assertThat(created.status()).isEqualTo(200);
        String id = created.tree().path("Ipv6EgressRuleId").asString();
        assertThat(api.send("Vpc", "CreateIpv6EgressOnlyRule", "JSON", rule).tree().path("Code").asString())
                .isEqualTo("OperationFailed.Ipv6EgressRuleExisted");

        DescribeIpv6EgressOnlyRulesRequest read = new DescribeIpv6EgressOnlyRulesRequest();
        read.setIpv6GatewayId(ag[1]);
        read.setIpv6EgressOnlyRuleId(id);
        assertThat(vpc.call(read).getIpv6EgressOnlyRules()).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo("Available");
            assertThat(r.getInstanceId()).isEqualTo(ag[0]);
            assertThat(r.getInstanceType()).isEqualTo("IPv6Address");
            assertThat(r.getName() + " / " + r.getDescription()).isEqualTo("out-only / no way in");
        });
        assertThat(api.send("Vpc", "DeleteIpv6Gateway", "JSON", AliyunApi.params("RegionId", REGION,
                "Ipv6GatewayId", ag[1])).tree().path("Code").asString()).isEqualTo("DependencyViolation.EgressRules");

        DeleteIpv6EgressOnlyRuleRequest delete = new DeleteIpv6EgressOnlyRuleRequest();
        delete.setIpv6EgressOnlyRuleId(id);
        vpc.call(delete);
        assertThat(vpc.call(read).getIpv6EgressOnlyRules()).as("the provider's delete waits for none").isEmpty();
        assertThat(vpc.refusal(delete)).isEqualTo("ResourceNotFound.Ipv6EgressOnlyRule");
    }

    /** Two interfaces asking for one address at once: the subnet's lock and the key give it to one. */
    @Test
    void twoInterfacesRacingForOneAddressGetItOnce() throws Exception {
        String[] net = network(124, true);
        String a = eni(net, null, null);
        String b = eni(net, null, null);
        for (int round = 0; round < 5; round++) {
            String address = net[2] + ":" + Integer.toHexString(0x100 + round);
            var outcomes = TeaCalls.race(racing(), () -> client.assignIpv6Addresses(assign(a, null, List.of(address))),
                    () -> client.assignIpv6Addresses(assign(b, null, List.of(address))));
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "InvalidIp.IpAssigned");
        }
        assertThat(ipv6Of(a).size() + ipv6Of(b).size()).isEqualTo(5);
    }

    @Test
    void ipv6AddressesSurviveTheStateRoundTrip() throws Exception {
        String[] net = network(125, true);
        String id = eni(net, null, List.of(net[2] + ":7", net[2] + ":8"));
        String instance = ecs.launch(ecs.run().setSecurityGroupId(net[1]).setVSwitchId(net[0])
                .setIpv6Address(List.of(net[2] + ":9")));
        String[] ag = addressAndGateway(129);
        api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId", ag[1],
                "Bandwidth", "7", "InternetChargeType", "PayByTraffic");
        String rule = api.vpc("CreateIpv6EgressOnlyRule", "RegionId", REGION, "Ipv6GatewayId", ag[1], "InstanceId",
                ag[0], "Name", "kept").path("Ipv6EgressRuleId").asString();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("ipv6Addresses").contains(net[2] + ":9").contains("ipv6InternetBandwidths")
                .contains("ipv6EgressRules");
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(ipv6Of(id)).containsExactly(net[2] + ":7", net[2] + ":8");
        assertThat(ipv6Of("eni-" + instance.substring(2))).containsExactly(net[2] + ":9");
        var address = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "Ipv6AddressId", ag[0])
                .path("Ipv6Addresses").path("Ipv6Address").path(0);
        assertThat(address.path("Ipv6InternetBandwidth").path("Bandwidth").asInt()).as("the address keeps its id")
                .isEqualTo(7);
        assertThat(address.path("Ipv6InternetBandwidth").path("InternetChargeType").asString())
                .isEqualTo("PayByTraffic");
        assertThat(api.vpc("DescribeIpv6EgressOnlyRules", "RegionId", REGION, "Ipv6GatewayId", ag[1])
                .path("Ipv6EgressOnlyRules").path("Ipv6EgressOnlyRule").path(0).path("Ipv6EgressOnlyRuleId")
                .asString()).isEqualTo(rule);
    }

    /** Conformance calls: the IPv6 address actions, answered as their metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        /** An interface in a vSwitch with IPv6, holding one IPv6 address. */
        private static String eni(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.126.0.0/16", "EnableIpv6", "true")
                    .path("VpcId").asString();
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", ZONE, "CidrBlock",
                    "10.126.1.0/24", "Ipv6CidrBlock", "3").path("VSwitchId").asString();
            String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpc).path("SecurityGroupId")
                    .asString();
            return api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", vsw, "SecurityGroupId", group,
                    "Ipv6AddressCount", "1").path("NetworkInterfaceId").asString();
        }

        /** A vSwitch with IPv6. */
        private static String ipv6VSwitch(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.125.0.0/16", "EnableIpv6", "true")
                    .path("VpcId").asString();
            return api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", ZONE, "CidrBlock",
                    "10.125.1.0/24", "Ipv6CidrBlock", "4").path("VSwitchId").asString();
        }

        /** The id of an address AllocateIpv6Address gave out. */
        private static String own(AliyunApi api) {
            return api.vpc("AllocateIpv6Address", "RegionId", REGION, "VSwitchId", ipv6VSwitch(api))
                    .path("Ipv6AddressId").asString();
        }

        /** The id of the address of a new interface whose VPC has an IPv6 gateway, and the gateway's id. */
        private static String[] addressAndGateway(AliyunApi api) {
            String eni = eni(api);
            var a = api.vpc("DescribeIpv6Addresses", "RegionId", REGION, "AssociatedInstanceId", eni)
                    .path("Ipv6Addresses").path("Ipv6Address").path(0);
            String gateway = api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", a.path("VpcId").asString())
                    .path("Ipv6GatewayId").asString();
            return new String[] {a.path("Ipv6AddressId").asString(), gateway};
        }

        private static Map<String, String> bandwidthParams(AliyunApi api, String... more) {
            String[] ag = addressAndGateway(api);
            var p = AliyunApi.params("RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId", ag[1]);
            p.putAll(AliyunApi.params(more));
            return p;
        }

        /** An address with bandwidth: its id. */
        private static String allocated(AliyunApi api) {
            String[] ag = addressAndGateway(api);
            api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId", ag[1],
                    "Bandwidth", "10");
            return ag[0];
        }

        @Override
        public void register(Recipes r) {
            r.ecs("AssignIpv6Addresses", api -> AliyunApi.params("RegionId", REGION, "NetworkInterfaceId", eni(api),
                    "Ipv6AddressCount", "2"));
            r.vpc("DescribeIpv6Addresses", api -> AliyunApi.params("RegionId", REGION, "AssociatedInstanceId",
                    eni(api)));
            r.vpc("AllocateIpv6Address", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", ipv6VSwitch(api),
                    "Ipv6AddressName", "own"))
                    .fails("ResourceNotFound.VSwitch", api -> AliyunApi.params("RegionId", REGION, "VSwitchId",
                            "vsw-missing"));
            r.vpc("ModifyIpv6AddressAttribute", api -> AliyunApi.params("RegionId", REGION, "Ipv6AddressId",
                    own(api), "Name", "renamed"))
                    .fails("InvalidIpv6AddressId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "Ipv6AddressId", "ipv6-missing", "Name", "renamed"));
            r.vpc("ReleaseIpv6Address", api -> AliyunApi.params("RegionId", REGION, "Ipv6AddressId", own(api)))
                    .fails("ResourceNotFound.Ipv6InstanceId", api -> AliyunApi.params("RegionId", REGION,
                            "Ipv6AddressId", "ipv6-missing"));
            r.vpc("AllocateIpv6InternetBandwidth", api -> bandwidthParams(api, "Bandwidth", "10"));
            r.vpc("ModifyIpv6InternetBandwidth", api -> AliyunApi.params("RegionId", REGION, "Ipv6AddressId",
                    allocated(api), "Bandwidth", "15"));
            r.vpc("DeleteIpv6InternetBandwidth", api -> AliyunApi.params("RegionId", REGION, "Ipv6AddressId",
                    allocated(api)));
            r.vpc("CreateIpv6EgressOnlyRule", api -> {
                String[] ag = addressAndGateway(api);
                api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId",
                        ag[1], "Bandwidth", "10");
                return AliyunApi.params("RegionId", REGION, "Ipv6GatewayId", ag[1], "InstanceId", ag[0], "Name", "rule");
            });
            r.vpc("DescribeIpv6EgressOnlyRules", api -> AliyunApi.params("RegionId", REGION, "Ipv6GatewayId",
                    addressAndGateway(api)[1]));
            r.vpc("DeleteIpv6EgressOnlyRule", api -> {
                String[] ag = addressAndGateway(api);
                api.vpc("AllocateIpv6InternetBandwidth", "RegionId", REGION, "Ipv6AddressId", ag[0], "Ipv6GatewayId",
                        ag[1], "Bandwidth", "10");
                return AliyunApi.params("RegionId", REGION, "Ipv6EgressOnlyRuleId", api.vpc("CreateIpv6EgressOnlyRule",
                        "RegionId", REGION, "Ipv6GatewayId", ag[1], "InstanceId", ag[0]).path("Ipv6EgressRuleId")
                        .asString());
            });
            r.ecs("UnassignIpv6Addresses", api -> {
                String id = eni(api);
                String held = api.ecs("DescribeNetworkInterfaceAttribute", "RegionId", REGION, "NetworkInterfaceId",
                        id).path("Ipv6Sets").path("Ipv6Set").path(0).path("Ipv6Address").asString();
                return AliyunApi.params("RegionId", REGION, "NetworkInterfaceId", id, "Ipv6Address.1", held);
            });
        }
    }
}
