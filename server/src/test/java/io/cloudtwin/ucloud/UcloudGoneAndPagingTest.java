package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.CloudEndpoint;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TestCertificates;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * Two rules across every served UCloud Describe action. "Gone": a Describe by the id of something that does not exist
 * answers RetCode 0 and an empty list, except where terraform-provider-ucloud reads a RetCode as "not found" (its
 * describe*ById helpers): DescribeFirewall 54002, DescribeVServer of an unknown ULB 4103, DescribeVPCIntercom 58103,
 * DescribeIsolationGroup 8037, DescribeNATGW, DescribeWhiteListResource, DescribeNATGWPolicy, DescribeSnatRule and DescribeSnatDnatRule 54002 (an
 * unknown gateway; an EIP no rule maps is an empty DataSet).
 * Paging: every served action that documents Limit/Offset refuses a negative Offset, a Limit below 1 and one above
 * the documented maximum (230), and honours Offset and Limit.
 */
class UcloudGoneAndPagingTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CloudEndpoint endpoint;
    @Autowired
    UcloudApiSpec spec;

    private UcloudWire wire;

    @BeforeEach
    void wire() {
        wire = new UcloudWire(port);
    }

    private JsonNode answer(Object... kv) {
        return JSON.readTree(wire.raw(kv).asString());
    }

    /** Describe by an unknown id: the list field of the answer, which must be there and empty. */
    private void gone(String listField, Object... kv) {
        JsonNode a = answer(kv);
        assertThat(a.get("RetCode").asInt()).as("%s: %s", kv[1], a).isZero();
        assertThat(a.get(listField)).as("%s.%s: %s", kv[1], listField, a).isNotNull();
        assertThat(a.get(listField).isArray() && a.get(listField).isEmpty()).as("%s: %s", kv[1], a).isTrue();
    }

    @Test
    void describeByAnUnknownIdIsAnEmptyListOrTheProvidersNotFoundCode() {
        gone("UHostSet", "Action", "DescribeUHostInstance", "UHostIds.0", "uhost-nothere0");
        gone("ImageSet", "Action", "DescribeImage", "ImageId", "uimage-nothere");
        gone("DataSet", "Action", "DescribeVPC", "VPCIds.0", "uvnet-nothere0");
        gone("DataSet", "Action", "DescribeSubnet", "SubnetIds.0", "subnet-nothere0");
        gone("DataSet", "Action", "DescribeSecGroup", "SecGroupId.0", "secgroup-nothere0");
        gone("DataSet", "Action", "DescribeResourceSecGroup", "ResourceType", "uhost", "ResourceId.0", "uhost-nothere0");
        gone("KeyPairs", "Action", "DescribeUHostKeyPairs", "KeyPairName", "nothere");
        gone("DataSet", "Action", "DescribeULB", "ULBId", "ulb-nothere0");
        gone("DataSet", "Action", "DescribeSSL", "SSLId", "ssl-nothere0");
        gone("VIPSet", "Action", "DescribeVIP", "VIPId", "vip-nothere0");
        gone("RouteTables", "Action", "DescribeRouteTable", "RouteTableId", "routetable-nothere0");
        gone("NetworkInterfaceSet", "Action", "DescribeNetworkInterface", "InterfaceId.0", "uni-nothere0");
        gone("DataSet", "Action", "DescribeShareBandwidth", "ShareBandwidthIds.0", "bwshare-nothere");
        gone("DataSet", "Action", "DescribeUDisk", "UDiskId", "bsm-nothere0");
        gone("DataSet", "Action", "DescribeUDiskSnapshot", "SnapshotId", "bsSnap-nothere0");
        gone("EIPSet", "Action", "DescribeEIP", "EIPIds.0", "eip-nothere0");
        gone("DataSet", "Action", "DescribeFirewall", "ResourceType", "uhost", "ResourceId", "uhost-nothere0");
        gone("DataSet", "Action", "DescribeFirewall", "ResourceType", "ulb", "ResourceId", "ulb-nothere0");
        wire.refused(54002, "Action", "DescribeFirewall", "FWId", "firewall-nothere0");
        wire.refused(4103, "Action", "DescribeVServer", "ULBId", "ulb-nothere0", "VServerId", "vserver-nothere0");
        wire.refused(58103, "Action", "DescribeVPCIntercom", "VPCId", "uvnet-nothere0");
        wire.refused(8037, "Action", "DescribeIsolationGroup", "GroupId", "ig-nothere0");
        wire.refused(54002, "Action", "DescribeNATGW", "NATGWIds.0", "natgw-nothere0");
        wire.refused(54002, "Action", "DescribeWhiteListResource", "NATGWIds.0", "natgw-nothere0");
        wire.refused(54002, "Action", "DescribeNATGWPolicy", "NATGWId", "natgw-nothere0");
        wire.refused(54002, "Action", "DescribeSnatRule", "NATGWId", "natgw-nothere0");
        wire.refused(54002, "Action", "DescribeSnatDnatRule", "NATGWId.0", "natgw-nothere0");
        gone("DataSet", "Action", "DescribeSnatDnatRule", "EIP.0", "198.51.100.1");
        wire.refused(230, "Action", "DescribeNetworkAclEntry", "AclId", "acl-nothere0");
        wire.refused(230, "Action", "DescribeNetworkAclAssociation", "AclId", "acl-nothere0");
    }

    /** Each served action with Limit, and the parameters it needs besides (ids of things made here). */
    private Map<String, Object[]> listings() {
        String vpc = answer("Action", "CreateVPC", "Name", "p", "Network.0", "10.9.0.0/16").get("VPCId").asString();
        String subnet = answer("Action", "CreateSubnet", "VPCId", vpc, "Subnet", "10.9.1.0").get("SubnetId").asString();
        String group = answer("Action", "CreateSecGroup", "VPCID", vpc, "Name", "p").get("SecGroupId").asString();
        String fw = answer("Action", "CreateFirewall", "Name", "p", "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH")
                .get("FWId").asString();
        String lb = answer("Action", "CreateULB", "VPCId", vpc, "SubnetId", subnet).get("ULBId").asString();
        List<String> natSubnets = new ArrayList<>(List.of(subnet));
        List<String> hostIps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String host = answer("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                    "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "True", "Disks.0.Type",
                    "CLOUD_SSD", "Disks.0.Size", 20, "VPCId", vpc, "SubnetId", subnet, "SecurityMode", "SecGroup",
                    "SecGroupId.0.Id", group, "SecGroupId.0.Priority", 1).get("UHostIds").get(0).asString();
            hostIps.add(answer("Action", "DescribeUHostInstance", "UHostIds.0", host).get("UHostSet").get(0)
                    .get("IPSet").get(0).get("IP").asString());
            String walled = answer("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                    "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "True", "Disks.0.Type",
                    "CLOUD_SSD", "Disks.0.Size", 20, "SecurityGroupId", fw).get("UHostIds").get(0).asString();
            assertThat(walled).startsWith("uhost-");
            assertThat(host).startsWith("uhost-");
            answer("Action", "CreateVServer", "ULBId", lb, "Protocol", "TCP", "FrontendPort", 1000 + i);
            String disk = answer("Action", "CreateUDisk", "Zone", "cn-bj2-02", "Size", 10, "Name", "p" + i)
                    .get("UDiskId").get(0).asString();
            answer("Action", "CreateUDiskSnapshot", "Zone", "cn-bj2-02", "UDiskId", disk, "Name", "p" + i);
            String eip = answer("Action", "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 2).get("EIPSet").get(0)
                    .get("EIPId").asString();
            answer("Action", "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", 10, "TimeRange", 3600);
            answer("Action", "CreateUHostKeyPair", "KeyPairName", "p" + i);
            answer("Action", "CreateULB", "VPCId", vpc, "SubnetId", subnet);
            answer("Action", "CreateSecGroup", "VPCID", vpc, "Name", "p" + i);
            answer("Action", "CreateVPC", "Name", "p" + i, "Network.0", "10.1" + i + ".0.0/16");
            natSubnets.add(answer("Action", "CreateSubnet", "VPCId", vpc, "Subnet", "10.9.1" + i + ".0")
                    .get("SubnetId").asString());
        }
        String nat = null;
        for (int i = 0; i < 3; i++) {
            String eip = answer("Action", "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 2).get("EIPSet").get(0)
                    .get("EIPId").asString();
            String made = answer("Action", "CreateNATGW", "VPCId", vpc, "SubnetworkIds.0", natSubnets.get(i),
                    "EIPIds.0", eip, "FirewallId", fw, "NATGWName", "p" + i).get("NATGWId").asString();
            if (nat == null) {
                nat = made;
                // three policies and three SNAT rules of the first gateway, to the hosts of its subnet
                String ip = answer("Action", "DescribeEIP", "EIPIds.0", eip).get("EIPSet").get(0).get("EIPAddr").get(0)
                        .get("IP").asString();
                for (int h = 0; h < 3; h++) {
                    answer("Action", "CreateNATGWPolicy", "NATGWId", nat, "Protocol", "TCP", "SrcEIPId", eip,
                            "SrcPort", 8000 + h, "DstIP", hostIps.get(h), "DstPort", 80);
                    answer("Action", "AddSnatRule", "NATGWId", nat, "SourceIp", hostIps.get(h), "SnatIp", ip);
                }
            }
        }
        String acl = null;
        for (int i = 0; i < 3; i++) {
            String made = answer("Action", "CreateNetworkAcl", "VpcId", vpc, "AclName", "p" + i).get("AclId")
                    .asString();
            if (acl == null) acl = made;
            answer("Action", "CreateNetworkAclAssociation", "AclId", acl, "SubnetworkId", natSubnets.get(i));
        }
        for (int i = 0; i < 3; i++) answer("Action", "CreateIsolationGroup", "GroupName", "p" + i);
        for (int i = 0; i < 2; i++) answer("Action", "CreateRouteTable", "VPCId", vpc, "Name", "p" + i);
        // a 4-vCPU host takes three cards, its default one counted: that and two of three made
        String uniHost = answer("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "True", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20, "CPU", 4, "Memory", 4096, "VPCId", vpc, "SubnetId", subnet,
                "Features.UNI", true).get("UHostIds").get(0).asString();
        for (int i = 0; i < 3; i++) {
            String uni = answer("Action", "CreateNetworkInterface", "VPCId", vpc, "SubnetId", subnet, "Name", "p" + i)
                    .get("NetworkInterface").get("InterfaceId").asString();
            if (i < 2) answer("Action", "AttachNetworkInterface", "InterfaceId", uni, "InstanceId", uniHost);
        }
        String pem = TestCertificates.pem("lb-cert.pem") + TestCertificates.pem("lb-key.pem");
        for (int i = 0; i < 3; i++) answer("Action", "CreateSSL", "SSLName", "p" + i, "SSLContent", pem);
        Map<String, Object[]> out = new LinkedHashMap<>();
        out.put("DescribeUHostInstance", new Object[] {"UHostSet"});
        out.put("DescribeIsolationGroup", new Object[] {"IsolationGroupSet"});
        out.put("DescribeSSL", new Object[] {"DataSet"});
        out.put("DescribeImage", new Object[] {"ImageSet"});
        out.put("DescribeUHostKeyPairs", new Object[] {"KeyPairs"});
        out.put("DescribeVPC", new Object[] {"DataSet"});
        out.put("DescribeSubnet", new Object[] {"DataSet", "VPCId", vpc});
        out.put("DescribeSubnetResource", new Object[] {"DataSet", "SubnetId", subnet});
        out.put("DescribeSecGroup", new Object[] {"DataSet", "VPCId", vpc});
        out.put("DescribeSecGroupResource", new Object[] {"DataSet", "SecGroupId", group});
        out.put("DescribeResourceSecGroup", new Object[] {"DataSet", "ResourceType", "uhost"});
        out.put("DescribeFirewall", new Object[] {"DataSet"});
        out.put("DescribeFirewallResource", new Object[] {"ResourceSet", "FWId", fw});
        out.put("DescribeULB", new Object[] {"DataSet"});
        out.put("DescribeVServer", new Object[] {"DataSet", "ULBId", lb});
        out.put("DescribeUDisk", new Object[] {"DataSet"});
        out.put("DescribeUDiskSnapshot", new Object[] {"DataSet"});
        out.put("DescribeEIP", new Object[] {"EIPSet"});
        out.put("DescribeBandwidthPackage", new Object[] {"DataSets"});
        out.put("DescribeNATGW", new Object[] {"DataSet"});
        out.put("GetAvailableResourceForWhiteList", new Object[] {"DataSet", "NATGWId", nat});
        out.put("DescribeNATGWPolicy", new Object[] {"DataSet", "NATGWId", nat});
        out.put("GetAvailableResourceForPolicy", new Object[] {"DataSet", "NATGWId", nat});
        out.put("DescribeSnatRule", new Object[] {"DataSet", "NATGWId", nat});
        out.put("DescribeNetworkAcl", new Object[] {"AclList", "VpcId", vpc});
        out.put("DescribeRouteTable", new Object[] {"RouteTables", "VPCId", vpc});
        out.put("DescribeNetworkInterface", new Object[] {"NetworkInterfaceSet", "VPCId", vpc});
        out.put("DescribeInstanceNetworkInterface", new Object[] {"NetworkInterfaceSet", "InstanceId", uniHost});
        out.put("DescribeNetworkAclAssociation", new Object[] {"AssociationList", "AclId", acl});
        out.put("GetAvailableResourceForSnatRule", new Object[] {"DataSet", "NATGWId", nat});
        return out;
    }

    private static Object[] with(Object[] base, Object... more) {
        List<Object> kv = new ArrayList<>(List.of(base).subList(1, base.length));
        kv.addAll(List.of(more));
        return kv.toArray();
    }

    @Test
    void everyListingPagesWithinItsDocumentedBounds() {
        Map<String, Object[]> listings = listings();
        Set<String> withLimit = new TreeSet<>();
        spec.products().keySet().forEach(p -> endpoint.served(Cloud.UCLOUD).actions(p).forEach(a -> {
            if (spec.action(a).orElseThrow().param("Limit").isPresent()) {
                withLimit.add(a);
            }
        }));
        assertThat(listings.keySet()).as("every served action with Limit is checked here")
                .containsExactlyInAnyOrderElementsOf(withLimit);
        for (var e : listings.entrySet()) {
            String action = e.getKey();
            Object[] base = e.getValue();
            String list = (String) base[0];
            List<Object> head = new ArrayList<>(List.of("Action", action));
            head.addAll(List.of(with(base)));
            Object[] plain = head.toArray();

            JsonNode all = answer(plain);
            assertThat(all.get("RetCode").asInt()).as("%s: %s", action, all).isZero();
            int n = all.get(list).size();
            assertThat(n).as("%s lists at least 3 here", action).isGreaterThanOrEqualTo(3);
            // DescribeRouteTable spells it OffSet
            String offset = spec.action(action).orElseThrow().param("Offset").isPresent() ? "Offset" : "OffSet";
            JsonNode one = answer(concat(plain, offset, 1, "Limit", 1));
            assertThat(one.get(list)).as("%s Offset 1 Limit 1", action).hasSize(1);
            assertThat(one.get(list).get(0)).as("%s: the second of the whole listing", action)
                    .isEqualTo(all.get(list).get(1));
            assertThat(answer(concat(plain, offset, n)).get(list)).as("%s past the end", action).isEmpty();
            wire.refused(230, concat(plain, offset, -1));
            wire.refused(230, concat(plain, "Limit", 0));
            spec.action(action).orElseThrow().param("Limit").filter(p -> p.max() != null).ifPresent(p ->
                    wire.refused(230, concat(plain, "Limit", p.max() + 1)));
        }
    }

    private static Object[] concat(Object[] kv, Object... more) {
        List<Object> out = new ArrayList<>(List.of(kv));
        out.addAll(List.of(more));
        return out.toArray();
    }
}
