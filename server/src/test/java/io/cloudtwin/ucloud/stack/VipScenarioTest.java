package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateVIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeVIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.VIPDetailSet;

/**
 * ucloud_vip as terraform-provider-ucloud drives it (resource_ucloud_vip.go: AllocateVIP with Count 1, Name, Tag,
 * Remark; describeVIPById, for which an empty VIPSet is "gone"; UpdateVIPAttribute; ReleaseVIP in its delete loop),
 * decoded strictly into the SDK's models; then the address rules, their race and the state round trip.
 */
class VipScenarioTest extends StackScenario {
    private List<VIPDetailSet> describe(String id) throws Exception {
        return call(DescribeVIPResponse.class, "DescribeVIP", "VIPId", id).vipSet;
    }

    @Test
    void theProvidersVipLifecycle() throws Exception {
        TwoSubnets n = twoSubnets(80);
        AllocateVIPResponse made = call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(),
                "Count", 1, "Name", "tf-vip", "Tag", "Default", "Remark", "ha");
        String id = made.vipSet.get(0).vipId;
        assertThat(made.dataSet).containsExactly(made.vipSet.get(0).vip);
        VIPDetailSet read = describe(id).get(0);
        assertThat(List.of(read.name, read.tag, read.remark, read.vpcId, read.subnetId, read.vip))
                .containsExactly("tf-vip", "Default", "ha", n.vpc(), n.in(), "10.80.1.2");

        // a host of the subnet takes the next address, not the VIP's
        assertThat(runningHostIn(n.vpc(), n.in(), "web").ipSet.get(0).ip).isEqualTo("10.80.1.3");

        call(AnyResponse.class, "UpdateVIPAttribute", "VIPId", id, "Name", "renamed", "Remark", "moved", "Tag", "web");
        read = describe(id).get(0);
        assertThat(List.of(read.name, read.tag, read.remark)).containsExactly("renamed", "web", "moved");

        call(AnyResponse.class, "ReleaseVIP", "VIPId", id);
        assertThat(describe(id)).isEmpty();
        refused(230, "ReleaseVIP", "VIPId", id);
    }

    /**
     * What holds an address of a subnet, as ucloud-cli's "subnet list-resource" and terraform's subnet delete read it
     * (DescribeSubnetResource; the CLI sends its resource types in lower case): the hosts, then the load balancers,
     * then the VIPs, paged; the subnet is deleted once they are gone and it lists nothing.
     */
    @Test
    void aSubnetListsItsHostsLoadBalancersAndVips() throws Exception {
        TwoSubnets n = twoSubnets(85);
        var host = runningHostIn(n.vpc(), n.in(), "web");
        String lb = call(StackApi.CreateULBResponse.class, "CreateULB", "ULBName", "inner", "VPCId", n.vpc(),
                "SubnetId", n.in(), "InnerMode", "Yes").ulbId;
        var vip = call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(), "Name", "ha")
                .vipSet.get(0);
        var all = resources(n.in());
        assertThat(all.totalCount).isEqualTo(3);
        assertThat(all.dataSet).extracting(r -> r.resourceType + " " + r.resourceId + " " + r.name)
                .containsExactly("uhost " + host.uhostId + " web", "ulb " + lb + " inner", "vip " + vip.vipId + " ha");
        assertThat(all.dataSet.get(0).ip).isEqualTo(host.ipSet.get(0).ip);
        assertThat(all.dataSet.get(2).ip).isEqualTo(vip.vip);
        assertThat(all.dataSet.get(1).ip).as("the load balancer's own address").startsWith("10.85.1.")
                .isNotIn(host.ipSet.get(0).ip, vip.vip);
        assertThat(resources(n.in(), "ResourceType", "vip").dataSet).extracting(r -> r.resourceId)
                .containsExactly(vip.vipId);
        assertThat(resources(n.in(), "ResourceType", "ULB").dataSet).extracting(r -> r.resourceId)
                .containsExactly(lb);
        assertThat(resources(n.in(), "ResourceType", "udb").dataSet).isEmpty();
        var second = resources(n.in(), "Offset", 1, "Limit", 1);
        assertThat(second.totalCount).isEqualTo(3);
        assertThat(second.dataSet).extracting(r -> r.resourceId).containsExactly(lb);
        assertThat(resources(n.out()).dataSet).isEmpty();

        refused(230, "DeleteSubnet", "SubnetId", n.in());
        call(AnyResponse.class, "StopUHostInstance", "UHostId", host.uhostId);
        call(AnyResponse.class, "TerminateUHostInstance", "UHostId", host.uhostId);
        call(AnyResponse.class, "DeleteULB", "ULBId", lb);
        call(AnyResponse.class, "ReleaseVIP", "VIPId", vip.vipId);
        assertThat(resources(n.in()).dataSet).isEmpty();
        call(AnyResponse.class, "DeleteSubnet", "SubnetId", n.in());
    }

    private StackApi.DescribeSubnetResourceResponse resources(String subnet, Object... more) throws Exception {
        Object[] kv = new Object[2 + more.length];
        kv[0] = "SubnetId";
        kv[1] = subnet;
        System.arraycopy(more, 0, kv, 2, more.length);
        return call(StackApi.DescribeSubnetResourceResponse.class, "DescribeSubnetResource", kv);
    }

    @Test
    void anAddressIsGivenOnceAndMustBeTheSubnets() throws Exception {
        TwoSubnets n = twoSubnets(81);
        String id = call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(),
                "Ip", "10.81.1.50").vipSet.get(0).vipId;
        assertThat(describe(id).get(0).vip).isEqualTo("10.81.1.50");
        refused(230, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(), "Ip", "10.81.1.50");
        refused(230, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(), "Ip", "10.99.0.7");
        refused(230, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", "subnet-missing");
        // the subnet of another VPC
        TwoSubnets other = twoSubnets(82);
        refused(230, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", other.in());
        AllocateVIPResponse three = call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.out(),
                "Count", 3);
        assertThat(three.dataSet).containsExactly("10.81.2.2", "10.81.2.3", "10.81.2.4");
        assertThat(call(DescribeVIPResponse.class, "DescribeVIP", "SubnetId", n.out()).totalCount).isEqualTo(3);
        // a subnet whose only addresses are VIPs is in use
        refused(230, "DeleteSubnet", "SubnetId", n.out());
    }

    @Test
    void twoVipsRaceForOneAddress() throws Exception {
        TwoSubnets n = twoSubnets(83);
        for (int round = 0; round < 5; round++) {
            String ip = "10.83.1." + (100 + round);
            int[] codes = race(() -> retCode("AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(), "Ip", ip),
                    () -> retCode("AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(), "Ip", ip));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
        }
        assertThat(call(DescribeVIPResponse.class, "DescribeVIP", "SubnetId", n.in()).totalCount).isEqualTo(5);
    }

    @Test
    void vipsRoundTripTheState() throws Exception {
        TwoSubnets n = twoSubnets(84);
        String id = call(AllocateVIPResponse.class, "AllocateVIP", "VPCId", n.vpc(), "SubnetId", n.in(),
                "Name", "kept", "Remark", "r").vipSet.get(0).vipId;
        VIPDetailSet before = describe(id).get(0);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        VIPDetailSet after = describe(id).get(0);
        assertThat(List.of(after.vip, after.name, after.remark, after.subnetId))
                .containsExactly(before.vip, before.name, before.remark, before.subnetId);
        refused(230, "DeleteSubnet", "SubnetId", n.in());
    }
}
