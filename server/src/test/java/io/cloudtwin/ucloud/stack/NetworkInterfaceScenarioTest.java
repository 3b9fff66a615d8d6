package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateNetworkInterfaceResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeInstanceNetworkInterfaceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNetworkInterfaceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.InstanceNetworkInterface;
import io.cloudtwin.ucloud.stack.StackApi.NetworkInterface;
import io.cloudtwin.ucloud.stack.StackApi.NetworkInterfaceInfo;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;

/**
 * Network interfaces (UNI) as terraform-provider-ucloud's ucloud_network_interface drives them (CreateNetworkInterface
 * with VPCId, SubnetId, Name, Tag, Remark and PrivateIp.0; read back by DescribeNetworkInterface with InterfaceId.0
 * only, an empty set meaning gone; AttachNetworkInterface after create; DetachNetworkInterface before delete, with no
 * wait between) and as UCloud's Kubernetes CNI plugin does (58205 attached already, 58206 detached already), on hosts
 * made with Features.UNI, whose default card is listed from the start.
 */
class NetworkInterfaceScenarioTest extends StackScenario {
    /** A Running host of the subnet made with network interfaces, of that many vCPUs. */
    private UHostInstanceSet hostWithCards(String vpc, String subnet, String name, int cpu) throws Exception {
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", name, "CPU", cpu,
                "Memory", 1024 * cpu, "VPCId", vpc, "SubnetId", subnet, "Disks.0.IsBoot", "true", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20, "Tag", "nodes", "Features.UNI", true).uhostIds.get(0);
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet.get(0);
    }

    private NetworkInterfaceInfo card(String vpc, String subnet, Object... more) throws Exception {
        Object[] kv = new Object[4 + more.length];
        kv[0] = "VPCId";
        kv[1] = vpc;
        kv[2] = "SubnetId";
        kv[3] = subnet;
        System.arraycopy(more, 0, kv, 4, more.length);
        return call(CreateNetworkInterfaceResponse.class, "CreateNetworkInterface", kv).networkInterface;
    }

    /** describeNetworkInterfaceById: InterfaceId.0 only; null when the set is empty. */
    private NetworkInterface read(String id) throws Exception {
        List<NetworkInterface> set = call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface",
                "InterfaceId.0", id).networkInterfaceSet;
        return set.isEmpty() ? null : set.get(0);
    }

    private List<InstanceNetworkInterface> cardsOf(String host) throws Exception {
        return call(DescribeInstanceNetworkInterfaceResponse.class, "DescribeInstanceNetworkInterface", "InstanceId",
                host).networkInterfaceSet;
    }

    @Test
    void theProvidersLifecycleOfACard() throws Exception {
        TwoSubnets n = twoSubnets(120);
        UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "node", 2);
        String defaultCard = host.ipSet.get(0).networkInterfaceId;
        assertThat(defaultCard).matches("uni-[a-z0-9]+");

        NetworkInterfaceInfo made = card(n.vpc(), n.in(), "Name", "tf-acc-uni", "Tag", "tf-acc", "Remark", "created",
                "PrivateIp.0", "10.120.1.40");
        assertThat(made.interfaceId).matches("uni-[a-z0-9]+");
        assertThat(List.of(made.vpcId, made.subnetId, made.name, made.tag, made.remark, made.attachInstanceId))
                .containsExactly(n.vpc(), n.in(), "tf-acc-uni", "tf-acc", "created", "");
        assertThat(List.of(made.privateIpSet, made.status, made.isDefault, made.netmask, made.gateway))
                .containsExactly(List.of("10.120.1.40"), 0, false, "255.255.255.0", "10.120.1.1");
        assertThat(made.macAddress).matches("52:54:00(:[0-9A-F]{2}){3}").isNotEqualTo(host.ipSet.get(0).mac);

        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", made.interfaceId);
        NetworkInterface attached = read(made.interfaceId);
        assertThat(List.of(attached.attachInstanceId, attached.status, attached.createTime))
                .containsExactly(host.uhostId, 1, made.createTime);
        List<InstanceNetworkInterface> cards = cardsOf(host.uhostId);
        assertThat(cards).extracting(c -> c.interfaceId).containsExactly(defaultCard, made.interfaceId);
        InstanceNetworkInterface own = cards.get(0);
        assertThat(List.of(own.isDefault, own.status, own.attachInstanceId, own.name, own.tag, own.macAddress))
                .containsExactly(true, 1, host.uhostId, "node", "nodes", host.ipSet.get(0).mac);
        assertThat(own.privateIpSet).containsExactly(host.ipSet.get(0).ip);
        List<StackApi.UHostIPSet> ipSet = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance",
                "UHostIds.0", host.uhostId).uhostSet.get(0).ipSet;
        assertThat(ipSet).as("the host's IPSet: its default card, then the attached one").extracting(ip -> ip.type
                + " " + ip.isDefault + " " + ip.ip + " " + ip.networkInterfaceId + " " + ip.mac + " " + ip.subnetId)
                .containsExactly("Private true " + host.ipSet.get(0).ip + " " + defaultCard + " "
                        + host.ipSet.get(0).mac + " " + n.in(), "Private false 10.120.1.40 " + made.interfaceId + " "
                        + made.macAddress + " " + n.in());
        // a card's address is taken in its subnet
        assertThat(card(n.vpc(), n.in()).privateIpSet).doesNotContain("10.120.1.40", host.ipSet.get(0).ip);

        // destroy: detach, then delete at once, then read until gone
        call(AnyResponse.class, "DetachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", made.interfaceId);
        assertThat(read(made.interfaceId).status).isZero();
        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", made.interfaceId);
        assertThat(read(made.interfaceId)).isNull();
        assertThat(cardsOf(host.uhostId)).extracting(c -> c.interfaceId).containsExactly(defaultCard);
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host.uhostId)
                .uhostSet.get(0).ipSet).extracting(ip -> ip.networkInterfaceId).containsExactly(defaultCard);
        // the address is free again
        assertThat(card(n.vpc(), n.in(), "PrivateIp.0", "10.120.1.40").privateIpSet).containsExactly("10.120.1.40");
    }

    @Test
    void listingsFilterByNetworkGroupAndDefault() throws Exception {
        TwoSubnets n = twoSubnets(121);
        UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "node", 1);
        String in = card(n.vpc(), n.in(), "Tag", "pods").interfaceId;
        String out = card(n.vpc(), n.out()).interfaceId;
        String defaultCard = host.ipSet.get(0).networkInterfaceId;

        DescribeNetworkInterfaceResponse all = call(DescribeNetworkInterfaceResponse.class,
                "DescribeNetworkInterface", "VPCId", n.vpc());
        assertThat(all.networkInterfaceSet).extracting(c -> c.interfaceId).containsExactly(defaultCard, in, out);
        assertThat(all.totalCount).isEqualTo(3);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "SubnetId", n.out())
                .networkInterfaceSet).extracting(c -> c.interfaceId).containsExactly(out);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc(),
                "OnlyDefault", true).networkInterfaceSet).extracting(c -> c.interfaceId).containsExactly(defaultCard);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc(), "Tag",
                "pods").networkInterfaceSet).extracting(c -> c.interfaceId).containsExactly(in);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc(), "Tag",
                "Default").networkInterfaceSet).extracting(c -> c.interfaceId).containsExactly(out);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "InterfaceId.0", in,
                "InterfaceId.1", defaultCard).networkInterfaceSet).extracting(c -> c.interfaceId)
                .containsExactly(defaultCard, in);
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        TwoSubnets n = twoSubnets(122);
        UHostInstanceSet small = hostWithCards(n.vpc(), n.in(), "small", 1);
        UHostInstanceSet plain = runningHostIn(n.vpc(), n.in(), "plain");
        String a = card(n.vpc(), n.in()).interfaceId;
        String b = card(n.vpc(), n.out()).interfaceId;
        String defaultCard = small.ipSet.get(0).networkInterfaceId;

        // a host made without Features.UNI takes no card and has no default one
        refused(230, "AttachNetworkInterface", "InstanceId", plain.uhostId, "InterfaceId", a);
        assertThat(plain.ipSet.get(0).networkInterfaceId).isNull();
        assertThat(cardsOf(plain.uhostId)).isEmpty();
        // a card of another VPC
        TwoSubnets o = twoSubnets(123);
        String foreign = card(o.vpc(), o.in()).interfaceId;
        refused(230, "AttachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", foreign);
        // a subnet of another VPC, an address outside the subnet, two addresses
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", o.in());
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "PrivateIp.0", "10.122.2.9");
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "PrivateIp.0", "10.122.1.50",
                "PrivateIp.1", "10.122.1.51");

        // a 1-vCPU host has two cards at most, its default one counted
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", a);
        refused(230, "AttachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", b);
        // attached already (to this host or any), detached already, deleted while attached
        refused(58205, "AttachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", a);
        refused(58206, "DetachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", b);
        refused(58206, "DetachNetworkInterface", "InstanceId", plain.uhostId, "InterfaceId", a);
        refused(230, "DeleteNetworkInterface", "InterfaceId", a);
        // the default card goes with its host alone
        refused(230, "DetachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", defaultCard);
        refused(230, "DeleteNetworkInterface", "InterfaceId", defaultCard);
        // unknown cards and hosts
        refused(54002, "AttachNetworkInterface", "InstanceId", small.uhostId, "InterfaceId", "uni-nothere0");
        refused(54002, "DeleteNetworkInterface", "InterfaceId", "uni-nothere0");
        refused(230, "AttachNetworkInterface", "InstanceId", "uhost-nothere0", "InterfaceId", b);
        refused(230, "DescribeInstanceNetworkInterface", "InstanceId", "uhost-nothere0");

        assertThat(cardsOf(small.uhostId)).extracting(c -> c.interfaceId).containsExactly(defaultCard, a);
        assertThat(read(b).status).isZero();
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc())
                .totalCount).isEqualTo(3);
    }

    @Test
    void aHostThatGoesLeavesItsCardsDetachedAndTheStateRoundTrips() throws Exception {
        TwoSubnets n = twoSubnets(124);
        UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "node", 4);
        String a = card(n.vpc(), n.in(), "Name", "a", "Tag", "pods", "Remark", "kept").interfaceId;
        String b = card(n.vpc(), n.out(), "Name", "b").interfaceId;
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", a);
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", b);
        List<InstanceNetworkInterface> before = cardsOf(host.uhostId);
        assertThat(before).hasSize(3);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        List<InstanceNetworkInterface> after = cardsOf(host.uhostId);
        assertThat(after).extracting(c -> c.interfaceId + " " + c.name + " " + c.tag + " " + c.remark + " "
                + c.privateIpSet + " " + c.macAddress + " " + c.isDefault).containsExactlyElementsOf(before.stream()
                .map(c -> c.interfaceId + " " + c.name + " " + c.tag + " " + c.remark + " " + c.privateIpSet + " "
                        + c.macAddress + " " + c.isDefault).toList());

        call(AnyResponse.class, "StopUHostInstance", "UHostId", host.uhostId);
        call(AnyResponse.class, "TerminateUHostInstance", "UHostId", host.uhostId);
        assertThat(read(a).status).isZero();
        assertThat(read(a).attachInstanceId).isEmpty();
        assertThat(read(host.ipSet.get(0).networkInterfaceId)).isNull();
        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", a);
        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", b);
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc())
                .networkInterfaceSet).isEmpty();
    }

    /**
     * The CNI plugin's secondary addresses: on a host's own card named by its default network interface, and on a
     * network interface's card (ObjectId its id, Mac its MacAddress), within its host's limit, gone with the card.
     */
    @Test
    void cardsTakeSecondaryAddressesAsTheCniPluginAsks() throws Exception {
        TwoSubnets n = twoSubnets(126);
        UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "node", 1);
        String own = host.ipSet.get(0).networkInterfaceId;
        String ownMac = host.ipSet.get(0).mac;
        StackApi.IpInfo first = call(StackApi.AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE,
                "VPCId", n.vpc(), "SubnetId", n.in(), "Mac", ownMac, "ObjectId", own).ipInfo;
        assertThat(first.mac).isEqualTo(ownMac);

        NetworkInterfaceInfo pods = card(n.vpc(), n.out());
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId",
                pods.interfaceId);
        StackApi.IpInfo pod = call(StackApi.AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE,
                "VPCId", n.vpc(), "SubnetId", n.out(), "Mac", pods.macAddress, "ObjectId", pods.interfaceId).ipInfo;
        assertThat(List.of(pod.subnetId, pod.mac, pod.gateway)).containsExactly(n.out(), pods.macAddress, "10.126.2.1");
        assertThat(pod.ip).isNotEqualTo(pods.privateIpSet.get(0));
        // a 1-vCPU host's cards hold two addresses each, their own included; the wrong MAC, subnet or zone
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", pods.macAddress, "ObjectId", pods.interfaceId);
        refused(230, "AllocateSecondaryIp", "Zone", ZONE, "Mac", ownMac, "ObjectId", pods.interfaceId);
        refused(230, "AllocateSecondaryIp", "Zone", "cn-bj2-03", "Mac", ownMac, "ObjectId", own);
        assertThat(call(StackApi.DescribeSecondaryIpResponse.class, "DescribeSecondaryIp", "SubnetId", n.out(),
                "VPCId", n.vpc(), "Mac", pods.macAddress).dataSet).extracting(i -> i.ip).containsExactly(pod.ip);

        // released as the plugin does: found by MAC, then deleted once; again: 58221
        call(AnyResponse.class, "DeleteSecondaryIp", "Zone", ZONE, "Ip", pod.ip, "Mac", pods.macAddress,
                "SubnetId", n.out(), "VPCId", n.vpc(), "ObjectId", pods.interfaceId);
        refused(58221, "DeleteSecondaryIp", "Zone", ZONE, "Ip", pod.ip, "Mac", pods.macAddress, "SubnetId", n.out(),
                "ObjectId", pods.interfaceId);
        String again = call(StackApi.AllocateSecondaryIpResponse.class, "AllocateSecondaryIp", "Zone", ZONE, "Mac",
                pods.macAddress, "ObjectId", pods.interfaceId).ipInfo.ip;
        // the card goes with its addresses
        call(AnyResponse.class, "DetachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId",
                pods.interfaceId);
        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", pods.interfaceId);
        assertThat(call(StackApi.DescribeSecondaryIpResponse.class, "DescribeSecondaryIp", "SubnetId", n.out(),
                "VPCId", n.vpc()).dataSet).isEmpty();
        assertThat(card(n.vpc(), n.out(), "PrivateIp.0", again).privateIpSet).containsExactly(again);
    }

    /**
     * The CNI plugin's card for a pod network with security groups: CreateNetworkInterface with SecurityMode 1 and
     * PrioritySecGroup (SecGroupId, Priority); DescribeNetworkInterface answers SecGroupCount, and with WithSecGroup
     * the groups by priority (a default card: its host's). A group a card is in is not deleted; a refused card is not
     * made; the priorities come back with the state.
     */
    @Test
    void aCardJoinsSecurityGroupsAsThePluginAsks() throws Exception {
        TwoSubnets n = twoSubnets(128);
        String web = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                "pods-web").secGroupId;
        String db = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                "pods-db").secGroupId;
        NetworkInterfaceInfo made = card(n.vpc(), n.in(), "SecurityMode", 1, "PrioritySecGroup.0.SecGroupId", db,
                "PrioritySecGroup.0.Priority", 2, "PrioritySecGroup.1.SecGroupId", web, "PrioritySecGroup.1.Priority",
                1);
        StackApi.CardWithGroups read = withGroups(made.interfaceId, true);
        assertThat(read.secGroupCount).isEqualTo(2);
        assertThat(read.secGroup).extracting(g -> g.secGroupId + " " + g.name + " " + g.priority)
                .containsExactly(web + " pods-web 1", db + " pods-db 2");
        assertThat(withGroups(made.interfaceId, false).secGroupCount).isEqualTo(2);
        assertThat(withGroups(made.interfaceId, false).secGroup).as("only with WithSecGroup").isEmpty();
        refused(230, "DeleteSecGroup", "SecGroupId", db);

        String host = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", "node", "CPU", 2,
                "Memory", 2048, "VPCId", n.vpc(), "SubnetId", n.in(), "Disks.0.IsBoot", "true", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20, "Features.UNI", true, "SecurityMode", "SecGroup", "SecGroupId.0.Id",
                web, "SecGroupId.0.Priority", 3).uhostIds.get(0);
        String defaultCard = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host)
                .uhostSet.get(0).ipSet.get(0).networkInterfaceId;
        assertThat(withGroups(defaultCard, true).secGroup).extracting(g -> g.secGroupId + " " + g.priority)
                .as("a default card's groups are its host's").containsExactly(web + " 3");

        // refusals: nothing is made
        int before = call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc())
                .totalCount;
        String elsewhere = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID",
                twoSubnets(129).vpc(), "Name", "other-vpc").secGroupId;
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1,
                "PrioritySecGroup.0.SecGroupId", elsewhere, "PrioritySecGroup.0.Priority", 1);
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1,
                "PrioritySecGroup.0.SecGroupId", "secgroup-nothere0", "PrioritySecGroup.0.Priority", 1);
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1,
                "PrioritySecGroup.0.SecGroupId", web, "PrioritySecGroup.0.Priority", 6);
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1,
                "PrioritySecGroup.0.SecGroupId", web, "PrioritySecGroup.1.SecGroupId", web);
        refused(230, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 2,
                "PrioritySecGroup.0.SecGroupId", web);
        refused(220, "CreateNetworkInterface", "VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1);
        Object[] six = {"VPCId", n.vpc(), "SubnetId", n.in(), "SecurityMode", 1};
        List<Object> kv = new ArrayList<>(List.of(six));
        for (int i = 0; i < 6; i++) {
            String g = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                    "many-" + i).secGroupId;
            kv.addAll(List.of("PrioritySecGroup." + i + ".SecGroupId", g, "PrioritySecGroup." + i + ".Priority", 1));
        }
        refused(230, "CreateNetworkInterface", kv.toArray());
        assertThat(call(DescribeNetworkInterfaceResponse.class, "DescribeNetworkInterface", "VPCId", n.vpc())
                .totalCount).isEqualTo(before);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        var imported = admin("POST", "/_cloudtwin/state?replace=true", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(withGroups(made.interfaceId, true).secGroup).extracting(g -> g.secGroupId + " " + g.priority)
                .containsExactly(web + " 1", db + " 2");

        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", made.interfaceId);
        call(AnyResponse.class, "DeleteSecGroup", "SecGroupId", db);
    }

    /**
     * A card in security groups is one of their resources, beside the hosts: DescribeSecGroupResource lists it
     * (ResourceType uni) after them; DescribeResourceSecGroup with ResourceType uni gives its groups, priorities and
     * host; AssociateSecGroup, UpdateSecGroupAssociation and DisassociateSecGroup change its groups as a host's, its
     * last group kept without Force; an unbind by the group alone takes it out too, and the group can then go.
     */
    @Test
    void aCardsSecurityGroupsChangeAsAHostsDo() throws Exception {
        TwoSubnets n = twoSubnets(130);
        String web = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                "web").secGroupId;
        String db = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                "db").secGroupId;
        String host = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", "node", "CPU", 2,
                "Memory", 2048, "VPCId", n.vpc(), "SubnetId", n.in(), "Disks.0.IsBoot", "true", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20, "Features.UNI", true, "SecurityMode", "SecGroup", "SecGroupId.0.Id",
                web, "SecGroupId.0.Priority", 2).uhostIds.get(0);
        NetworkInterfaceInfo pod = card(n.vpc(), n.out(), "Name", "pod", "Tag", "pods", "SecurityMode", 1,
                "PrioritySecGroup.0.SecGroupId", web, "PrioritySecGroup.0.Priority", 1);
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host, "InterfaceId", pod.interfaceId);

        var members = call(StackApi.DescribeSecGroupResourceResponse.class, "DescribeSecGroupResource", "SecGroupId",
                web);
        assertThat(members.totalCount).isEqualTo(2);
        assertThat(members.dataSet).extracting(m -> m.resourceType + " " + m.resourceId + " " + m.name + " " + m.tag)
                .containsExactly("uhost " + host + " node Default", "uni " + pod.interfaceId + " pod pods");
        assertThat(members.dataSet.get(1).privateIp).isEqualTo(pod.privateIpSet.get(0));
        assertThat(call(StackApi.DescribeSecGroupResourceResponse.class, "DescribeSecGroupResource", "SecGroupId",
                web, "Offset", 1, "Limit", 1).dataSet).extracting(m -> m.resourceId).containsExactly(pod.interfaceId);

        call(AnyResponse.class, "AssociateSecGroup", "ResourceId.0", pod.interfaceId, "PrioritySecGroup.0.SecGroupId",
                db, "PrioritySecGroup.0.Priority", 3);
        var bound = cardGroups(pod.interfaceId);
        assertThat(List.of(bound.resourceId, bound.resourceName, bound.count, bound.exInfo.superResourceId,
                bound.exInfo.ip)).containsExactly(pod.interfaceId, "pod", 2, host, pod.privateIpSet);
        assertThat(bound.secGroupInfo).extracting(g -> g.secGroupId + " " + g.name + " " + g.priority)
                .containsExactly(web + " web 1", db + " db 3");
        assertThat(withGroups(pod.interfaceId, true).secGroup).extracting(g -> g.secGroupId + " " + g.priority)
                .containsExactly(web + " 1", db + " 3");

        // by the group alone: the card leaves it; the host, not in it, keeps its group
        call(AnyResponse.class, "DisassociateSecGroup", "SecGroupId.0", db);
        assertThat(cardGroups(pod.interfaceId).secGroupInfo).extracting(g -> g.secGroupId).containsExactly(web);
        var refusal = refused(230, "DisassociateSecGroup", "ResourceId.0", pod.interfaceId);
        assertThat(refusal.getMessage()).contains(pod.interfaceId);
        refused(230, "DisassociateSecGroup", "SecGroupId.0", web);
        assertThat(cardGroups(pod.interfaceId).secGroupInfo).extracting(g -> g.secGroupId).containsExactly(web);
        assertThat(call(StackApi.DescribeSecGroupResourceResponse.class, "DescribeSecGroupResource", "SecGroupId",
                web).totalCount).as("a refused unbind changes nothing").isEqualTo(2);

        call(AnyResponse.class, "UpdateSecGroupAssociation", "ResourceId", pod.interfaceId, "OldSecGroupId.0", web,
                "NewPrioritySecGroup.0.SecGroupId", db, "NewPrioritySecGroup.0.Priority", 4);
        assertThat(cardGroups(pod.interfaceId).secGroupInfo).extracting(g -> g.secGroupId + " " + g.priority)
                .containsExactly(db + " 4");
        refused(230, "UpdateSecGroupAssociation", "ResourceId", pod.interfaceId, "OldSecGroupId.0", web,
                "NewPrioritySecGroup.0.SecGroupId", web, "NewPrioritySecGroup.0.Priority", 1);
        String elsewhere = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID",
                twoSubnets(131).vpc(), "Name", "elsewhere").secGroupId;
        refused(230, "AssociateSecGroup", "ResourceId.0", pod.interfaceId, "PrioritySecGroup.0.SecGroupId",
                elsewhere, "PrioritySecGroup.0.Priority", 1);
        refused(230, "AssociateSecGroup", "ResourceId.0", "uni-nothere0", "PrioritySecGroup.0.SecGroupId", db,
                "PrioritySecGroup.0.Priority", 1);
        assertThat(cardGroups(pod.interfaceId).secGroupInfo).extracting(g -> g.secGroupId).containsExactly(db);

        call(AnyResponse.class, "DisassociateSecGroup", "SecGroupId.0", db, "Force", true);
        assertThat(cardGroups(pod.interfaceId).count).isZero();
        assertThat(withGroups(pod.interfaceId, false).secGroupCount).isZero();
        call(AnyResponse.class, "DeleteSecGroup", "SecGroupId", db);
        var hostGroups = call(StackApi.DescribeResourceSecGroupResponse.class, "DescribeResourceSecGroup",
                "ResourceId.0", host).dataSet.get(0);
        assertThat(hostGroups.secGroupInfo).extracting(g -> g.secGroupId + " " + g.priority)
                .containsExactly(web + " 2");
    }

    /**
     * Two unbinds at once that would each leave a card one of its two groups: by pairs, or one by the group alone and
     * one by the pair. One passes, the other is refused (230), and the card keeps a group.
     */
    @Test
    void racesForACardsLastGroup() throws Exception {
        TwoSubnets n = twoSubnets(132);
        for (int round = 0; round < 4; round++) {
            String web = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                    "web" + round).secGroupId;
            String db = call(StackApi.CreateSecGroupResponse.class, "CreateSecGroup", "VPCID", n.vpc(), "Name",
                    "db" + round).secGroupId;
            String pod = card(n.vpc(), n.in(), "SecurityMode", 1, "PrioritySecGroup.0.SecGroupId", web,
                    "PrioritySecGroup.0.Priority", 1, "PrioritySecGroup.1.SecGroupId", db,
                    "PrioritySecGroup.1.Priority", 2).interfaceId;
            Object[] first = round % 2 == 0 ? new Object[] {"SecGroupId.0", web, "ResourceId.0", pod}
                    : new Object[] {"SecGroupId.0", web};
            int[] codes = race(() -> retCode("DisassociateSecGroup", first),
                    () -> retCode("DisassociateSecGroup", "SecGroupId.0", db, "ResourceId.0", pod));
            assertThat(codes).as("round " + round).containsExactlyInAnyOrder(0, 230);
            var left = cardGroups(pod);
            assertThat(left.secGroupInfo).extracting(g -> g.secGroupId).containsExactly(codes[0] == 0 ? db : web);
            assertThat(left.exInfo.superResourceId).as("a detached card has no host").isEmpty();
        }
    }

    private StackApi.ResourceSecgroupInfoEx cardGroups(String id) throws Exception {
        var answer = call(StackApi.DescribeResourceSecGroupResponse.class, "DescribeResourceSecGroup",
                "ResourceType", "uni", "ResourceId.0", id);
        assertThat(answer.totalCount).isEqualTo(1);
        return answer.dataSet.get(0);
    }

    private StackApi.CardWithGroups withGroups(String id, boolean groups) throws Exception {
        return call(StackApi.DescribeCardsWithGroupsResponse.class, "DescribeNetworkInterface", "InterfaceId.0", id,
                "WithSecGroup", groups).networkInterfaceSet.get(0);
    }

    /**
     * The CNI plugin's EIP of a pod on a card (its ipamd): BindEIP ResourceType uni, listed in the card's EIPIdSet and
     * as the EIP's resource; UnBindEIP ResourceType uni; a card deleted with its EIP frees it.
     */
    @Test
    void anEipBindsToACardAsThePluginBindsIt() throws Exception {
        TwoSubnets n = twoSubnets(127);
        UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "node", 2);
        NetworkInterfaceInfo pod = card(n.vpc(), n.out(), "Name", "pod-card");
        call(AnyResponse.class, "AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", pod.interfaceId);
        String eip = call(StackApi.AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 2)
                .eipSet.get(0).eipId;
        call(AnyResponse.class, "BindEIP", "EIPId", eip, "ResourceType", "uni", "ResourceId", pod.interfaceId);
        assertThat(cardsOf(host.uhostId)).filteredOn(c -> c.interfaceId.equals(pod.interfaceId)).singleElement()
                .satisfies(c -> assertThat(c.eipIdSet).containsExactly(eip));
        StackApi.UnetEIPSet bound = call(StackApi.DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", eip)
                .eipSet.get(0);
        assertThat(List.of(bound.status, bound.resource.resourceType, bound.resource.resourceName))
                .containsExactly("used", "uni", "pod-card");
        // one EIP a card; the host's own card is the host's
        String other = call(StackApi.AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 2)
                .eipSet.get(0).eipId;
        refused(4154, "BindEIP", "EIPId", other, "ResourceType", "uni", "ResourceId", pod.interfaceId);

        call(AnyResponse.class, "UnBindEIP", "EIPId", eip, "ResourceType", "uni", "ResourceId", pod.interfaceId);
        assertThat(cardsOf(host.uhostId).get(1).eipIdSet).isEmpty();
        call(AnyResponse.class, "BindEIP", "EIPId", eip, "ResourceType", "uni", "ResourceId", pod.interfaceId);
        call(AnyResponse.class, "DetachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId",
                pod.interfaceId);
        call(AnyResponse.class, "DeleteNetworkInterface", "InterfaceId", pod.interfaceId);
        assertThat(call(StackApi.DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", eip).eipSet.get(0).status)
                .isEqualTo("free");
    }

    /** Two cards raced to the last place of a host: one is attached; one card raced to two hosts: one has it. */
    @Test
    void racesForAHostsLastPlaceAndForOneCard() throws Exception {
        TwoSubnets n = twoSubnets(125);
        for (int round = 0; round < 3; round++) {
            UHostInstanceSet host = hostWithCards(n.vpc(), n.in(), "h" + round, 1);
            UHostInstanceSet other = hostWithCards(n.vpc(), n.in(), "o" + round, 1);
            UHostInstanceSet third = hostWithCards(n.vpc(), n.in(), "t" + round, 1);
            String a = card(n.vpc(), n.in()).interfaceId;
            String b = card(n.vpc(), n.in()).interfaceId;
            int[] codes = race(() -> retCode("AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", a),
                    () -> retCode("AttachNetworkInterface", "InstanceId", host.uhostId, "InterfaceId", b));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            assertThat(cardsOf(host.uhostId)).hasSize(2);

            String c = card(n.vpc(), n.in()).interfaceId;
            codes = race(() -> retCode("AttachNetworkInterface", "InstanceId", other.uhostId, "InterfaceId", c),
                    () -> retCode("AttachNetworkInterface", "InstanceId", third.uhostId, "InterfaceId", c));
            assertThat(codes).containsExactlyInAnyOrder(0, 58205);
            assertThat(read(c).attachInstanceId).isEqualTo(codes[0] == 0 ? other.uhostId : third.uhostId);
        }
    }
}
