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
