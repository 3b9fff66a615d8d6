package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeFirewallResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeWhiteListResourceResponse;
import io.cloudtwin.ucloud.stack.StackApi.FWIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.GetAvailableResourceForWhiteListResponse;
import io.cloudtwin.ucloud.stack.StackApi.ListSubnetForNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.NatGWWhitelistDataSet;
import io.cloudtwin.ucloud.stack.StackApi.NatGatewayDataSet;
import io.cloudtwin.ucloud.stack.StackApi.SubnetIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.UnetEIPSet;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;

/**
 * ucloud_nat_gateway as terraform-provider-ucloud (v1.39.2, resource_ucloud_nat_gateway.go, service_ucloud_vpc.go)
 * drives it, through the real UCloud Java client with every answer decoded strictly into the SDK models: CreateNATGW
 * with the one EIP, the subnets, the firewall and IfOpen; the white list (DescribeWhiteListResource, then
 * AddWhiteListResource); the reads (DescribeNATGW NATGWIds.0, whose IPSet must hold one element with IPResInfo, and
 * DescribeWhiteListResource, whose DataSet must hold one); the updates (UpdateNATGWSubnet, EnableWhiteList,
 * GrantFirewall ResourceType natgw, DeleteWhiteListResource); the destroy loop that stops on 54002. Then the rules
 * (an EIP, a subnet, a firewall in use; the last EIP), their races and the state round trip.
 */
class NatGatewayScenarioTest extends StackScenario {
    record Network(String vpc, String subnet, String other) {}

    /** A VPC 10.b.0.0/16 with the subnets 10.b.1.0/24 and 10.b.2.0/24. */
    private Network network(int b) throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "tf-vpc-" + b, "Network.0", "10." + b + ".0.0/16",
                "Tag", "Default").vpcId;
        String s1 = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".1.0",
                "Netmask", 24, "SubnetName", "tf-subnet-1", "Tag", "Default").subnetId;
        String s2 = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".2.0",
                "Netmask", 24, "SubnetName", "tf-subnet-2", "Tag", "Default").subnetId;
        return new Network(vpc, s1, s2);
    }

    private String firewall(String name) throws Exception {
        return call(FWIdResponse.class, "CreateFirewall", "Name", name, "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH").fwId;
    }

    private String eip(String name) throws Exception {
        AllocateEIPResponse r = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "ChargeType",
                "Month", "PayMode", "Bandwidth", "Bandwidth", 2, "Quantity", 1, "Name", name, "Tag", "Default");
        return r.eipSet.get(0).eipId;
    }

    private String host(Network n, String name) throws Exception {
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", name, "CPU", 1,
                "Memory", 1024, "VPCId", n.vpc(), "SubnetId", n.subnet(), "Disks.0.IsBoot", "true",
                "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0);
        for (int i = 0; i < 100; i++) {
            var set = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet;
            if (!set.isEmpty() && set.get(0).state.equals("Running")) return id;
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never ran");
    }

    /** CreateNATGW as the provider sends it: EIPIds.0, VPCId, SubnetworkIds.N, FirewallId, NATGWName, Tag, IfOpen. */
    private Object[] create(Network n, String subnet, String eip, String fw, String name) {
        return new Object[] {"EIPIds.0", eip, "VPCId", n.vpc(), "SubnetworkIds.0", subnet, "FirewallId", fw,
                "NATGWName", name, "Tag", "Default", "IfOpen", 1};
    }

    /** describeNatGatewayById. */
    private NatGatewayDataSet describe(String id) throws Exception {
        List<NatGatewayDataSet> set = call(DescribeNATGWResponse.class, "DescribeNATGW", "NATGWIds.0", id).dataSet;
        assertThat(set).hasSize(1);
        return set.get(0);
    }

    private NatGWWhitelistDataSet whiteList(String id) throws Exception {
        List<NatGWWhitelistDataSet> set = call(DescribeWhiteListResourceResponse.class, "DescribeWhiteListResource",
                "NATGWIds.0", id).dataSet;
        assertThat(set).as("the provider indexes DataSet[0]").hasSize(1);
        return set.get(0);
    }

    private UnetEIPSet eipById(String id) throws Exception {
        List<UnetEIPSet> set = call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", id).eipSet;
        return set.isEmpty() ? null : set.get(0);
    }

    @Test
    void terraformNatGatewayCreateReadUpdateDestroy() throws Exception {
        Network n = network(31);
        String fw = firewall("tf-nat-fw");
        String eip = eip("tf-nat-eip");
        String ip = eipById(eip).eipAddr.get(0).ip;
        String h = host(n, "web");

        // create: CreateNATGW, no wait; then the white list (Describe, then Add)
        String nat = call(CreateNATGWResponse.class, "CreateNATGW", create(n, n.subnet(), eip, fw, "tf-nat"))
                .natgwId;
        assertThat(nat).matches("natgw-[a-z0-9]{8}");
        assertThat(whiteList(nat).objectIpInfo).isEmpty();
        call(Response.class, "AddWhiteListResource", "NATGWId", nat, "ResourceIds.0", h);

        // read
        NatGatewayDataSet read = describe(nat);
        assertThat(read.natgwId).isEqualTo(nat);
        assertThat(read.natgwName).isEqualTo("tf-nat");
        assertThat(read.tag).isEqualTo("Default");
        assertThat(read.remark).isEmpty();
        assertThat(read.createTime).isPositive();
        assertThat(read.vpcId).isEqualTo(n.vpc());
        assertThat(read.vpcName).isEqualTo("tf-vpc-31");
        assertThat(read.firewallId).isEqualTo(fw);
        assertThat(read.subnetSet).singleElement().satisfies(s -> {
            assertThat(s.subnetworkId).isEqualTo(n.subnet());
            assertThat(s.subnet).isEqualTo("10.31.1.0");
            assertThat(s.subnetName).isEqualTo("tf-subnet-1");
        });
        assertThat(read.ipSet).as("the provider panics on an empty IPSet or IPResInfo").singleElement().satisfies(s -> {
            assertThat(s.eipId).isEqualTo(eip);
            assertThat(s.bandwidth).isEqualTo(2);
            assertThat(s.ipResInfo).singleElement().satisfies(i -> assertThat(i.eip).isEqualTo(ip));
        });
        assertThat(read.policyId).isEmpty();
        NatGWWhitelistDataSet white = whiteList(nat);
        assertThat(white.natgwId).isEqualTo(nat);
        assertThat(white.ifOpen).isEqualTo(1);
        assertThat(white.objectIpInfo).singleElement().satisfies(o -> {
            assertThat(o.resourceId).isEqualTo(h);
            assertThat(o.resourceName).isEqualTo("web");
            assertThat(o.resourceType).isEqualTo("uhost");
            assertThat(o.privateIp).startsWith("10.31.1.");
            assertThat(o.vpcId).isEqualTo(n.vpc());
        });
        // the EIP is the gateway's now
        UnetEIPSet taken = eipById(eip);
        assertThat(taken.status).isEqualTo("used");
        assertThat(taken.resource.resourceId).isEqualTo(nat);
        assertThat(taken.resource.resourceType).isEqualTo("natgw");
        assertThat(taken.resource.resourceName).isEqualTo("tf-nat");

        // update: subnets, white list switch, security group, white list removal
        call(Response.class, "UpdateNATGWSubnet", "NATGWId", nat, "SubnetworkIds.0", n.subnet(), "SubnetworkIds.1",
                n.other());
        assertThat(describe(nat).subnetSet).extracting(s -> s.subnetworkId)
                .containsExactlyInAnyOrder(n.subnet(), n.other());
        call(Response.class, "EnableWhiteList", "NATGWId", nat, "IfOpen", 0);
        assertThat(whiteList(nat).ifOpen).isEqualTo(0);
        String fw2 = firewall("tf-nat-fw-2");
        call(Response.class, "GrantFirewall", "FWId", fw2, "ResourceType", "natgw", "ResourceId", nat);
        assertThat(describe(nat).firewallId).isEqualTo(fw2);
        assertThat(call(DescribeFirewallResponse.class, "DescribeFirewall", "ResourceType", "unatgw", "ResourceId", nat)
                .dataSet).extracting(f -> f.fwId).containsExactly(fw2);
        refused(4361, "DeleteFirewall", "FWId", fw2);
        call(Response.class, "DeleteFirewall", "FWId", fw);
        assertThat(call(GetAvailableResourceForWhiteListResponse.class, "GetAvailableResourceForWhiteList",
                "NATGWId", nat).dataSet).extracting(d -> d.resourceId).containsExactly(h);
        call(Response.class, "DeleteWhiteListResource", "NATGWId", nat, "ResourceIds.0", h);
        assertThat(whiteList(nat).objectIpInfo).isEmpty();
        call(Response.class, "DeleteWhiteListResource", "NATGWId", nat, "ResourceIds.0", h);
        call(Response.class, "UpdateNATGW", "NATGWId", nat, "NATGWName", "tf-nat-2", "Remark", "egress");
        assertThat(describe(nat)).satisfies(g -> assertThat(g.natgwName + " " + g.remark).isEqualTo("tf-nat-2 egress"));
        assertThat(call(ListSubnetForNATGWResponse.class, "ListSubnetForNATGW", "VPCId", n.vpc()).dataSet)
                .allSatisfy(s -> assertThat(s.hasNatgw).isTrue()).hasSize(2);

        // the rules: the subnet, the EIP are the gateway's; it keeps one EIP at least
        refused(230, "DeleteSubnet", "SubnetId", n.other());
        refused(4212, "ReleaseEIP", "EIPId", eip);
        String second = eip("second");
        String free = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", n.vpc(), "Subnet", "10.31.3.0",
                "Netmask", 24).subnetId;
        refused(4212, "CreateNATGW", create(n, free, eip, fw2, "other"));
        refused(230, "CreateNATGW", create(n, n.other(), second, fw2, "other"));
        refused(4600, "CreateNATGW", create(n, free, second, "firewall-nothere0", "x"));
        assertThat(eipById(second).status).as("refused creations bind nothing").isEqualTo("free");
        refused(4235, "UnBindEIP", "EIPId", eip, "ResourceId", nat, "ResourceType", "natgw");
        call(Response.class, "BindEIP", "EIPId", second, "ResourceId", nat, "ResourceType", "natgw");
        assertThat(describe(nat).ipSet).extracting(s -> s.eipId).containsExactly(eip, second);
        call(Response.class, "UnBindEIP", "EIPId", eip, "ResourceId", nat, "ResourceType", "natgw");
        assertThat(eipById(eip).status).isEqualTo("free");
        refused(4235, "UnBindEIP", "EIPId", second, "ResourceId", nat, "ResourceType", "natgw");
        refused(54002, "DescribeNATGW", "NATGWIds.0", "natgw-nothere0");
        refused(54002, "GrantFirewall", "FWId", fw2, "ResourceType", "natgw", "ResourceId", "natgw-nothere0");
        refused(4218, "BindEIP", "EIPId", eip, "ResourceId", "natgw-nothere0", "ResourceType", "natgw");
        refused(230, "EnableWhiteList", "NATGWId", nat, "IfOpen", 2);

        // destroy: DeleteNATGW, then DescribeNATGW until 54002; its EIP is free again, the subnets can go
        call(Response.class, "DeleteNATGW", "NATGWId", nat);
        refused(54002, "DescribeNATGW", "NATGWIds.0", nat);
        refused(54002, "DeleteNATGW", "NATGWId", nat);
        refused(54002, "DeleteWhiteListResource", "NATGWId", nat, "ResourceIds.0", h);
        assertThat(eipById(second).status).isEqualTo("free");
        call(Response.class, "DeleteSubnet", "SubnetId", n.other());
        call(Response.class, "DeleteFirewall", "FWId", fw2);

        // ReleaseEip: the gateway's EIPs go with it
        String released = call(CreateNATGWResponse.class, "CreateNATGW", create(n, n.subnet(), second,
                firewall("fw-3"), "tf-nat-3")).natgwId;
        call(Response.class, "DeleteNATGW", "NATGWId", released, "ReleaseEip", "true");
        assertThat(eipById(second)).isNull();
        assertThat(call(DescribeNATGWResponse.class, "DescribeNATGW").dataSet).isEmpty();
    }

    @Test
    void oneEipGivenToTwoGatewaysAtOnceGoesToOne() throws Exception {
        Network n = network(41);
        String fw = firewall("race-fw");
        for (int round = 0; round < 6; round++) {
            String eip = eip("race-" + round);
            int[] codes = race(() -> retCode("CreateNATGW", create(n, n.subnet(), eip, fw, "a")),
                    () -> retCode("CreateNATGW", create(n, n.other(), eip, fw, "b")));
            assertThat(codes).containsExactlyInAnyOrder(0, 4212);
            List<NatGatewayDataSet> all = call(DescribeNATGWResponse.class, "DescribeNATGW").dataSet;
            assertThat(all).singleElement().satisfies(g -> assertThat(g.ipSet).extracting(s -> s.eipId)
                    .containsExactly(eip));
            call(Response.class, "DeleteNATGW", "NATGWId", all.get(0).natgwId, "ReleaseEip", "true");
        }
    }

    @Test
    void oneSubnetGivenToTwoGatewaysAtOnceGoesToOne() throws Exception {
        Network n = network(42);
        String fw = firewall("race-fw");
        for (int round = 0; round < 6; round++) {
            String x = eip("x-" + round);
            String y = eip("y-" + round);
            int[] codes = race(() -> retCode("CreateNATGW", create(n, n.subnet(), x, fw, "a")),
                    () -> retCode("CreateNATGW", create(n, n.subnet(), y, fw, "b")));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            List<NatGatewayDataSet> all = call(DescribeNATGWResponse.class, "DescribeNATGW").dataSet;
            assertThat(all).singleElement().satisfies(g -> assertThat(g.subnetSet).extracting(s -> s.subnetworkId)
                    .containsExactly(n.subnet()));
            String loser = codes[0] == 0 ? y : x;
            assertThat(eipById(loser).status).as("the refused creation binds nothing").isEqualTo("free");
            call(Response.class, "DeleteNATGW", "NATGWId", all.get(0).natgwId, "ReleaseEip", "true");
            call(Response.class, "ReleaseEIP", "EIPId", loser);
        }
    }

    @Test
    void aSubnetDeletedWhileAGatewayIsCreatedInItGoesOneWay() throws Exception {
        String fw = firewall("race-fw");
        for (int round = 0; round < 6; round++) {
            Network n = network(50 + round);
            String eip = eip("d-" + round);
            int[] codes = race(() -> retCode("CreateNATGW", create(n, n.other(), eip, fw, "a")),
                    () -> retCode("DeleteSubnet", "SubnetId", n.other()));
            assertThat(codes).as("exactly one wins").containsExactlyInAnyOrder(0, 230);
            List<NatGatewayDataSet> all = call(DescribeNATGWResponse.class, "DescribeNATGW").dataSet;
            if (codes[0] == 0) {
                assertThat(all).singleElement().satisfies(g -> assertThat(g.subnetSet).hasSize(1));
                call(Response.class, "DeleteNATGW", "NATGWId", all.get(0).natgwId, "ReleaseEip", "true");
            } else {
                assertThat(all).isEmpty();
                assertThat(eipById(eip).status).isEqualTo("free");
                call(Response.class, "ReleaseEIP", "EIPId", eip);
            }
        }
    }

    @Test
    void natGatewaysSurviveAStateRoundTrip() throws Exception {
        Network n = network(61);
        String fw = firewall("rt-fw");
        String h = host(n, "web");
        String nat = call(CreateNATGWResponse.class, "CreateNATGW", "EIPIds.0", eip("rt"), "VPCId", n.vpc(),
                "SubnetworkIds.0", n.subnet(), "SubnetworkIds.1", n.other(), "FirewallId", fw, "NATGWName", "rt",
                "Tag", "egress", "Remark", "kept", "IfOpen", 1).natgwId;
        call(Response.class, "AddWhiteListResource", "NATGWId", nat, "ResourceIds.0", h);
        String before = JSON.writeValueAsString(describe(nat)).replaceAll("\"createTime\":\\d+", "");
        String whiteBefore = JSON.writeValueAsString(whiteList(nat));
        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(call(DescribeNATGWResponse.class, "DescribeNATGW").dataSet).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(JSON.writeValueAsString(describe(nat)).replaceAll("\"createTime\":\\d+", "")).isEqualTo(before);
        assertThat(JSON.writeValueAsString(whiteList(nat))).isEqualTo(whiteBefore);
        JsonNode again = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(again.get("natGateways")).isEqualTo(exported.get("natGateways"));
        assertThat(again.get("eips")).isEqualTo(exported.get("eips"));
        // the imported gateway keeps its rules: its last EIP stays
        String only = describe(nat).ipSet.get(0).eipId;
        refused(4235, "UnBindEIP", "EIPId", only, "ResourceId", nat, "ResourceType", "natgw");
    }
}
