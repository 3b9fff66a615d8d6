package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.net.NetApi.DescribeSubnetResponse;
import io.cloudtwin.ucloud.net.NetApi.DescribeVPCResponse;
import io.cloudtwin.ucloud.net.NetApi.VPCInfo;
import io.cloudtwin.ucloud.net.NetApi.VPCSubnetInfoSet;
import io.cloudtwin.ucloud.stack.StackApi.SubnetIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;

/**
 * The updates of terraform-provider-ucloud's ucloud_vpc and ucloud_subnet (resource_ucloud_vpc.go: cidr_blocks grown
 * with AddVPCNetwork, shrunk with UpdateVPCNetwork and the whole new set; resource_ucloud_subnet.go: name and tag with
 * UpdateSubnetAttribute), each followed by the read the provider makes, decoded strictly into the SDK's models.
 */
class VpcUpdateScenarioTest extends StackScenario {
    private VPCInfo vpc(String id) throws Exception {
        List<VPCInfo> set = call(DescribeVPCResponse.class, "DescribeVPC", "VPCIds.0", id).dataSet;
        assertThat(set).hasSize(1);
        return set.get(0);
    }

    private VPCSubnetInfoSet subnet(String id) throws Exception {
        List<VPCSubnetInfoSet> set = call(DescribeSubnetResponse.class, "DescribeSubnet", "SubnetIds.0", id).dataSet;
        assertThat(set).hasSize(1);
        return set.get(0);
    }

    @Test
    void cidrBlocksGrowAndShrinkAroundTheSubnetsInThem() throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "tf-vpc", "Network.0", "192.168.0.0/16",
                "Tag", "Default").vpcId;
        call(AnyResponse.class, "AddVPCNetwork", "VPCId", vpc, "Network.0", "10.10.0.0/16", "Network.1", "10.20.0.0/16");
        assertThat(vpc(vpc).network).containsExactly("192.168.0.0/16", "10.10.0.0/16", "10.20.0.0/16");

        // a subnet in the second block keeps that block
        call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10.10.1.0", "Netmask", 24,
                "SubnetName", "in-second");
        refused(230, "UpdateVPCNetwork", "VPCId", vpc, "Network.0", "192.168.0.0/16", "Network.1", "10.20.0.0/16");
        assertThat(vpc(vpc).network).containsExactly("192.168.0.0/16", "10.10.0.0/16", "10.20.0.0/16");

        // the provider sends the whole new set to take blocks away
        call(AnyResponse.class, "UpdateVPCNetwork", "VPCId", vpc, "Network.0", "10.10.0.0/16");
        assertThat(vpc(vpc).network).containsExactly("10.10.0.0/16");

        // an overlap, in the request or with what the VPC holds, changes nothing
        refused(230, "AddVPCNetwork", "VPCId", vpc, "Network.0", "10.10.128.0/17");
        refused(230, "UpdateVPCNetwork", "VPCId", vpc, "Network.0", "10.10.0.0/16", "Network.1", "10.0.0.0/8");
        refused(230, "AddVPCNetwork", "VPCId", vpc, "Network.0", "not-a-block");
        assertThat(vpc(vpc).network).containsExactly("10.10.0.0/16");

        refused(230, "AddVPCNetwork", "VPCId", "uvnet-missing", "Network.0", "172.16.0.0/16");
    }

    @Test
    void aPeeredVpcTakesNoBlockOfItsPeer() throws Exception {
        String a = call(VPCIdResponse.class, "CreateVPC", "Name", "a", "Network.0", "10.40.0.0/16").vpcId;
        String b = call(VPCIdResponse.class, "CreateVPC", "Name", "b", "Network.0", "10.41.0.0/16").vpcId;
        call(AnyResponse.class, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b, "DstRegion", REGION,
                "DstProjectId", "org-default");

        refused(230, "AddVPCNetwork", "VPCId", a, "Network.0", "10.41.128.0/17");
        refused(230, "UpdateVPCNetwork", "VPCId", b, "Network.0", "10.41.0.0/16", "Network.1", "10.40.0.0/24");
        assertThat(vpc(a).network).containsExactly("10.40.0.0/16");
        assertThat(vpc(b).network).containsExactly("10.41.0.0/16");

        call(AnyResponse.class, "AddVPCNetwork", "VPCId", a, "Network.0", "10.42.0.0/16");
        assertThat(vpc(a).network).containsExactly("10.40.0.0/16", "10.42.0.0/16");
    }

    @Test
    void aSubnetIsRenamedAndRetagged() throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "tf-vpc", "Network.0", "10.30.0.0/16").vpcId;
        String subnet = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10.30.1.0",
                "Netmask", 24, "SubnetName", "tf-subnet", "Tag", "Default").subnetId;

        call(AnyResponse.class, "UpdateSubnetAttribute", "SubnetId", subnet, "Name", "renamed");
        assertThat(subnet(subnet)).extracting(s -> s.subnetName, s -> s.tag).containsExactly("renamed", "Default");

        call(AnyResponse.class, "UpdateSubnetAttribute", "SubnetId", subnet, "Tag", "web");
        assertThat(subnet(subnet)).extracting(s -> s.subnetName, s -> s.tag).containsExactly("renamed", "web");

        refused(230, "UpdateSubnetAttribute", "SubnetId", "subnet-missing", "Name", "x");
        refused(230, "UpdateSubnetAttribute", "SubnetId", subnet, "Name", "n".repeat(300));
        assertThat(subnet(subnet).subnetName).isEqualTo("renamed");
    }
}
