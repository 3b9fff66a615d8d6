package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AssignPrivateIpAddressesRequest;
import com.aliyun.ecs20140526.models.CreateNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.DeleteNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesResponseBody.DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSet;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.UnassignPrivateIpAddressesRequest;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Secondary private addresses of network interfaces as alicloud_ecs_network_interface drives them
 * (private_ip_addresses or secondary_private_ip_address_count: CreateNetworkInterface with PrivateIpAddress.N or
 * SecondaryPrivateIpAddressCount, the read of PrivateIpSets, AssignPrivateIpAddresses and UnassignPrivateIpAddresses
 * on a change), through the new SDK; an instance's primary interface too; the address rules, a race for one address
 * and the state round trip.
 */
class SecondaryPrivateIpTest extends ServerTestBase {
    private static final String ZONE = "cn-hangzhou-i";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    /** {vSwitch, security group} of a new VPC 10.b.0.0/16 with the vSwitch 10.b.1.0/24. */
    private String[] network(int b) throws Exception {
        String vpc = client.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock("10." + b + ".0.0/16"))
                .getBody().getVpcId();
        String vsw = client.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc).setZoneId(ZONE)
                .setCidrBlock("10." + b + ".1.0/24")).getBody().getVSwitchId();
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
        return new String[] {vsw, group};
    }

    private String eni(String[] net, String primary, List<String> secondary, Integer count) throws Exception {
        return client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION)
                .setVSwitchId(net[0]).setSecurityGroupId(net[1]).setPrimaryIpAddress(primary)
                .setPrivateIpAddress(secondary).setSecondaryPrivateIpAddressCount(count)).getBody()
                .getNetworkInterfaceId();
    }

    private DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSet read(String id)
            throws Exception {
        return client.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest().setRegionId(REGION)
                .setNetworkInterfaceId(List.of(id))).getBody().getNetworkInterfaceSets().getNetworkInterfaceSet()
                .get(0);
    }

    /** The secondary addresses, as the provider reads them (PrivateIpSets whose Primary is false). */
    private List<String> secondary(String id) throws Exception {
        return read(id).getPrivateIpSets().getPrivateIpSet().stream().filter(s -> !s.getPrimary())
                .map(s -> s.getPrivateIpAddress()).sorted().toList();
    }

    private List<String> assign(String id, List<String> addresses, Integer count) throws Exception {
        return client.assignPrivateIpAddresses(new AssignPrivateIpAddressesRequest().setRegionId(REGION)
                .setNetworkInterfaceId(id).setPrivateIpAddress(addresses).setSecondaryPrivateIpAddressCount(count))
                .getBody().getAssignedPrivateIpAddressesSet().getPrivateIpSet().getPrivateIpAddress();
    }

    private void unassign(String id, List<String> addresses) throws Exception {
        client.unassignPrivateIpAddresses(new UnassignPrivateIpAddressesRequest().setRegionId(REGION)
                .setNetworkInterfaceId(id).setPrivateIpAddress(addresses));
    }

    @Test
    void anInterfaceHoldsSecondaryAddressesTheProvidersWay() throws Exception {
        String[] net = network(31);
        String id = eni(net, "10.31.1.10", List.of("10.31.1.20", "10.31.1.21"), null);
        var created = read(id).getPrivateIpSets().getPrivateIpSet();
        assertThat(created.get(0).getPrivateIpAddress()).isEqualTo("10.31.1.10");
        assertThat(created.get(0).getPrimary()).isTrue();
        assertThat(secondary(id)).containsExactly("10.31.1.20", "10.31.1.21");

        List<String> given = assign(id, null, 2);
        assertThat(given).hasSize(2).doesNotContain("10.31.1.10", "10.31.1.20", "10.31.1.21")
                .allSatisfy(a -> assertThat(a).startsWith("10.31.1."));
        assertThat(secondary(id)).hasSize(4).containsAll(given);
        assertThat(code(() -> assign(id, List.of("10.31.1.20"), null))).isEqualTo("InvalidPrivateIpAddress.Duplicated");
        assertThat(code(() -> assign(id, List.of("10.31.9.9"), null))).isEqualTo("InvalidVSwitchId.IpInvalid");
        // ten addresses an interface at most: it holds five
        assertThat(code(() -> assign(id, null, 6))).isEqualTo("MaxEniPrivateIpsCountExceeded");
        assertThat(secondary(id)).hasSize(4);

        unassign(id, List.of("10.31.1.21"));
        assertThat(secondary(id)).hasSize(3).doesNotContain("10.31.1.21");
        assertThat(code(() -> { unassign(id, List.of("10.31.1.10")); return null; })).isEqualTo("InvalidIp.IpUnassigned");
        assertThat(code(() -> { unassign(id, List.of("10.31.1.21")); return null; })).isEqualTo("InvalidIp.IpUnassigned");
        // the address unassigned is free again; the interface's go with it
        String other = eni(net, "10.31.1.21", null, null);
        assertThat(read(other).getPrivateIpAddress()).isEqualTo("10.31.1.21");
        client.deleteNetworkInterface(new DeleteNetworkInterfaceRequest().setRegionId(REGION).setNetworkInterfaceId(id));
        assertThat(assign(other, List.of("10.31.1.20"), null)).containsExactly("10.31.1.20");
        assertThat(code(() -> assign("eni-missing", null, 1))).isEqualTo("InvalidEniId.NotFound");
    }

    @Test
    void anInstancesPrimaryInterfaceHoldsThemToo() throws Exception {
        String[] net = network(32);
        String instance = client.runInstances(new RunInstancesRequest().setRegionId(REGION)
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(net[1]).setVSwitchId(net[0])).getBody().getInstanceIdSets().getInstanceIdSet()
                .get(0);
        String primary = client.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest().setRegionId(REGION)
                .setInstanceId(instance)).getBody().getNetworkInterfaceSets().getNetworkInterfaceSet().get(0)
                .getNetworkInterfaceId();
        List<String> given = assign(primary, null, 1);
        assertThat(secondary(primary)).isEqualTo(given);
        unassign(primary, given);
        assertThat(secondary(primary)).isEmpty();
    }

    @Test
    void twoInterfacesRaceForOneAddress() throws Exception {
        String[] net = network(33);
        String a = eni(net, null, null, null);
        String b = eni(net, null, null, null);
        for (int round = 0; round < 5; round++) {
            String address = "10.33.1." + (100 + round);
            List<Future<String>> both = new ArrayList<>();
            for (String id : List.of(a, b)) {
                both.add(racing().submit(() -> {
                    try {
                        assign(id, List.of(address), null);
                        return "ok";
                    } catch (TeaException e) {
                        return e.getCode();
                    }
                }));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> f : both) codes.add(f.get());
            assertThat(codes).containsExactlyInAnyOrder("ok", "InvalidPrivateIpAddress.Duplicated");
        }
        assertThat(secondary(a).size() + secondary(b).size()).isEqualTo(5);
    }

    @Test
    void secondaryAddressesRoundTripTheState() throws Exception {
        String[] net = network(34);
        String id = eni(net, "10.34.1.10", List.of("10.34.1.30"), 1);
        List<String> before = secondary(id);
        assertThat(before).hasSize(2);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(secondary(id)).isEqualTo(before);
        assertThat(code(() -> eni(net, "10.34.1.30", null, null))).isEqualTo("InvalidPrivateIpAddress.Duplicated");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        static String eni(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", "10.0.1.0/24",
                    "ZoneId", REGION + "-h").path("VSwitchId").asString();
            String g = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", v).path("SecurityGroupId")
                    .asString();
            return api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", vsw, "SecurityGroupId", g,
                    "PrivateIpAddress.1", "10.0.1.50").path("NetworkInterfaceId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("AssignPrivateIpAddresses", api -> AliyunApi.params("RegionId", REGION, "NetworkInterfaceId",
                            eni(api), "SecondaryPrivateIpAddressCount", "2"))
                    .fails("InvalidEniId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "NetworkInterfaceId", "eni-missing", "SecondaryPrivateIpAddressCount", "1"))
                    .fails("InvalidPrivateIpAddress.Duplicated", api -> AliyunApi.params("RegionId", REGION,
                            "NetworkInterfaceId", eni(api), "PrivateIpAddress.1", "10.0.1.50"));
            r.ecs("UnassignPrivateIpAddresses", api -> AliyunApi.params("RegionId", REGION, "NetworkInterfaceId",
                            eni(api), "PrivateIpAddress.1", "10.0.1.50"))
                    .fails("InvalidIp.IpUnassigned", api -> AliyunApi.params("RegionId", REGION,
                            "NetworkInterfaceId", eni(api), "PrivateIpAddress.1", "10.0.1.99"));
        }
    }
}
