package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateSecondaryIpResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeSecondaryIpResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.IpInfo;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;

/**
 * Secondary addresses of a host's card, as UCloud's Kubernetes CNI plugin takes them for pods: the card named by the
 * MAC DescribeUHostInstance answers and the host, an address of the host's subnet (asked for or the lowest free),
 * listed by subnet and card, freed again; at most as many per card as the host's vCPUs allow (2 vCPUs: 2, its own
 * included); a wrong MAC, zone, subnet or address changes nothing; the addresses go with the host.
 */
class SecondaryIpScenarioTest extends StackScenario {
    private UHostInstanceSet host(String id) throws Exception {
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet.get(0);
    }

    private List<IpInfo> secondary(TwoSubnets n, Object... more) throws Exception {
        Object[] kv = new Object[4 + more.length];
        kv[0] = "SubnetId";
        kv[1] = n.in();
        kv[2] = "VPCId";
        kv[3] = n.vpc();
        System.arraycopy(more, 0, kv, 4, more.length);
        return call(DescribeSecondaryIpResponse.class, "DescribeSecondaryIp", kv).dataSet;
    }

    /**
     * AllocateBatchSecondaryIp on a card: Ip.N and Count at once (neither: one), each address Succeeded; all or none
     * when one is taken or the card's limit would be passed (8 vCPUs: 4 addresses, its own included).
     */
    @Test
    void aBatchOfAddressesIsGivenAllOrNone() throws Exception {
        TwoSubnets n = twoSubnets(87);
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", "big", "CPU", 8,
                "Memory", 8192, "VPCId", n.vpc(), "SubnetId", n.in(), "Disks.0.IsBoot", "true", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0);
        String mac = host(id).ipSet.get(0).mac;
        var made = call(StackApi.AllocateBatchSecondaryIpResponse.class, "AllocateBatchSecondaryIp", "Zone", ZONE,
                "Mac", mac, "ObjectId", id, "Ip.0", "10.87.1.60", "Count", 1).ipsInfo;
        assertThat(made).extracting(i -> i.ip + " " + i.mask + " " + i.gateway + " " + i.mac + " " + i.subnetId + " "
                + i.vpcId + " " + i.status.statusCode).containsExactly(
                "10.87.1.60 255.255.255.0 10.87.1.1 " + mac + " " + n.in() + " " + n.vpc() + " Succeeded",
                "10.87.1.3 255.255.255.0 10.87.1.1 " + mac + " " + n.in() + " " + n.vpc() + " Succeeded");

        refused(230, "AllocateBatchSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", id, "Count", 2);
        refused(230, "AllocateBatchSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", id, "Ip.0", "10.87.1.61",
                "Ip.1", "10.87.1.60");
        refused(230, "AllocateBatchSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", id, "Ip.0", "10.99.0.7");
        refused(230, "AllocateBatchSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", id, "Count", 0);
        refused(230, "AllocateBatchSecondaryIp", "Zone", ZONE, "Mac", "52:54:00:00:00:00", "ObjectId", id);
        assertThat(secondary(n)).extracting(i -> i.ip).containsExactlyInAnyOrder("10.87.1.3", "10.87.1.60");

        assertThat(call(StackApi.AllocateBatchSecondaryIpResponse.class, "AllocateBatchSecondaryIp", "Zone", ZONE,
                "Mac", mac, "ObjectId", id).ipsInfo).extracting(i -> i.ip).containsExactly("10.87.1.4");
        assertThat(secondary(n)).hasSize(3);
    }

    @Test
    void aHostsCardTakesAndGivesBackAddressesOfItsSubnet() throws Exception {
        TwoSubnets n = twoSubnets(88);
        UHostInstanceSet web = runningHostIn(n.vpc(), n.in(), "node");
        String mac = web.ipSet.get(0).mac;
        assertThat(mac).matches("52:54:00(:[0-9A-F]{2}){3}");
        assertThat(host(web.uhostId).ipSet.get(0).mac).isEqualTo(mac);

        IpInfo lowest = call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac,
                "ObjectId", web.uhostId).ipInfo;
        assertThat(List.of(lowest.ip, lowest.mask, lowest.gateway, lowest.mac, lowest.subnetId, lowest.vpcId))
                .containsExactly("10.88.1.3", "255.255.255.0", "10.88.1.1", mac, n.in(), n.vpc());
        assertThat(secondary(n)).extracting(i -> i.ip).containsExactly("10.88.1.3");
        // the address is taken: the next host of the subnet gets the one after it
        UHostInstanceSet other = runningHostIn(n.vpc(), n.in(), "other");
        assertThat(other.ipSet.get(0).ip).isEqualTo("10.88.1.4");

        // a 1-vCPU host's card holds two addresses, its own included
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", web.uhostId, "Ip", "10.88.1.50");
        call(AnyResponse.class, "DeleteSecondaryIp", "Zone", ZONE, "Ip", "10.88.1.3", "Mac", mac, "SubnetId", n.in());
        assertThat(secondary(n)).isEmpty();
        IpInfo asked = call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac,
                "ObjectId", web.uhostId, "SubnetId", n.in(), "VPCId", n.vpc(), "Ip", "10.88.1.50").ipInfo;
        assertThat(asked.ip).isEqualTo("10.88.1.50");
        assertThat(secondary(n, "Mac", mac)).extracting(i -> i.ip).containsExactly("10.88.1.50");
        assertThat(secondary(n, "Mac", other.ipSet.get(0).mac)).isEmpty();
        assertThat(secondary(n, "Ip", "10.88.1.50")).hasSize(1);

        // the host goes, its addresses with it
        call(AnyResponse.class, "StopUHostInstance", "UHostId", web.uhostId);
        call(AnyResponse.class, "TerminateUHostInstance", "UHostId", web.uhostId);
        assertThat(secondary(n)).isEmpty();
        String next = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "VPCId", n.vpc(), "SubnetId",
                n.in(), "PrivateIp.0", "10.88.1.50", "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", 20).uhostIds.get(0);
        assertThat(host(next).ipSet.get(0).ip).isEqualTo("10.88.1.50");
    }

    @Test
    void aWrongCardZoneSubnetOrAddressChangesNothing() throws Exception {
        TwoSubnets n = twoSubnets(89);
        UHostInstanceSet web = runningHostIn(n.vpc(), n.in(), "node");
        String mac = web.ipSet.get(0).mac;
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", "52:54:00:00:00:00", "ObjectId", web.uhostId);
        refused(230, "AllocateSecondaryIp", "Zone", "cn-bj2-03", "Mac", mac, "ObjectId", web.uhostId);
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", web.uhostId, "SubnetId", n.out());
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", "uhost-missing");
        // outside the subnet, and the host's own address
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", web.uhostId, "Ip", "10.89.2.9");
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", web.uhostId, "Ip",
                web.ipSet.get(0).ip);
        assertThat(secondary(n)).isEmpty();

        call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId",
                web.uhostId);
        // not one of the card's, the host's own (58221, the CNI plugin's "deleted already"), another card's MAC
        refused(58221, "DeleteSecondaryIp", "Zone", ZONE, "Ip", "10.89.1.77", "Mac", mac, "SubnetId", n.in());
        refused(58221, "DeleteSecondaryIp", "Zone", ZONE, "Ip", web.ipSet.get(0).ip, "Mac", mac, "SubnetId", n.in());
        refused(230, "DeleteSecondaryIp", "Zone", ZONE, "Ip", "10.89.1.3", "Mac", "52:54:00:00:00:00",
                "SubnetId", n.in());
        assertThat(secondary(n)).extracting(i -> i.ip).containsExactly("10.89.1.3");
        // another VPC's id lists nothing
        assertThat(call(DescribeSecondaryIpResponse.class, "DescribeSecondaryIp", "SubnetId", n.in(), "VPCId",
                "uvnet-other").dataSet).isEmpty();
    }

    @Test
    void secondaryAddressesRoundTripTheState() throws Exception {
        TwoSubnets n = twoSubnets(90);
        UHostInstanceSet web = runningHostIn(n.vpc(), n.in(), "node");
        String mac = web.ipSet.get(0).mac;
        call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId",
                web.uhostId, "Ip", "10.90.1.40");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        assertThat(secondary(n)).extracting(i -> i.ip + " " + i.mac).containsExactly("10.90.1.40 " + mac);
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", mac, "ObjectId", web.uhostId);
    }

    /** MoveSecondaryIPMac, a failover: the address leaves one card for another host's of the subnet, within limits. */
    @Test
    void anAddressMovesToAnotherHostsCard() throws Exception {
        TwoSubnets n = twoSubnets(91);
        UHostInstanceSet a = runningHostIn(n.vpc(), n.in(), "a");
        UHostInstanceSet b = runningHostIn(n.vpc(), n.in(), "b");
        String macA = a.ipSet.get(0).mac;
        String macB = b.ipSet.get(0).mac;
        call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", macA, "ObjectId",
                a.uhostId, "Ip", "10.91.1.60");

        call(AnyResponse.class, "MoveSecondaryIPMac", "Ip", "10.91.1.60", "OldMac", macA, "NewMac", macB,
                "SubnetId", n.in());
        assertThat(secondary(n)).extracting(i -> i.ip + " " + i.mac).containsExactly("10.91.1.60 " + macB);
        // not the old card's any more, a host's own address, a card not in the subnet, the new card full
        refused(230, "MoveSecondaryIPMac", "Ip", "10.91.1.60", "OldMac", macA, "NewMac", macB, "SubnetId", n.in());
        refused(230, "MoveSecondaryIPMac", "Ip", a.ipSet.get(0).ip, "OldMac", macA, "NewMac", macB, "SubnetId",
                n.in());
        refused(230, "MoveSecondaryIPMac", "Ip", "10.91.1.60", "OldMac", macB, "NewMac", "52:54:00:00:00:00",
                "SubnetId", n.in());
        call(AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac", macA, "ObjectId",
                a.uhostId, "Ip", "10.91.1.61");
        refused(230, "MoveSecondaryIPMac", "Ip", "10.91.1.60", "OldMac", macB, "NewMac", macA, "SubnetId", n.in());
        assertThat(secondary(n)).extracting(i -> i.ip + " " + i.mac)
                .containsExactlyInAnyOrder("10.91.1.60 " + macB, "10.91.1.61 " + macA);
    }
}
