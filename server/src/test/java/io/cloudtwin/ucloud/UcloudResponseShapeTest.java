package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.CloudEndpoint;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TestCertificates;
import io.cloudtwin.ucloud.model.Models;
import io.cloudtwin.ucloud.model.NetModels;
import io.cloudtwin.ucloud.model.Responses.Common;
import io.cloudtwin.ucloud.model.Responses.CopyCustomImageResponse;
import io.cloudtwin.ucloud.model.Responses.CopySecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.CreateSecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.CreateSecGroupRuleResponse;
import io.cloudtwin.ucloud.model.Responses.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.model.Responses.CustomImageResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeImageResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeResourceSecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeSecGroupResourceResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeSecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeUHostTagsResponse;
import io.cloudtwin.ucloud.model.Responses.GetProjectListResponse;
import io.cloudtwin.ucloud.model.Responses.GetRegionResponse;
import io.cloudtwin.ucloud.model.Responses.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.model.Responses.UHostIdResponse;
import io.cloudtwin.ucloud.model.SpecShape;
import io.cloudtwin.ucloud.model.StackModels;
import io.cloudtwin.ucloud.model.StrictJson;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * Every UCloud action the server serves, answered and decoded strictly into classes written with the SDKs' field
 * names and types (io.cloudtwin.ucloud.model): a string where the SDK has an object, or a missing field Terraform
 * reads, fails here. The last assertion checks that no served action was left out.
 */
class UcloudResponseShapeTest extends ServerTestBase {
    @Autowired
    CloudEndpoint endpoint;

    private UcloudWire wire;
    private final Set<String> decoded = new TreeSet<>();

    @BeforeEach
    void wire() {
        wire = new UcloudWire(port);
    }

    @Autowired
    UcloudApiSpec spec;

    /** Decodes strictly into the SDK model and checks every field against the documented response. */
    private <T extends Common> T call(Class<T> type, Object... kv) {
        decoded.add((String) kv[1]);
        String body = wire.raw(kv).asString();
        T out = StrictJson.decode(body, type);
        assertThat(out.RetCode).as("RetCode of %s: %s", kv[1], body).isZero();
        assertThat(out.Action).isEqualTo(kv[1] + "Response");
        assertThat(SpecShape.problems(spec, (String) kv[1], body)).as("%s shaped as documented", kv[1]).isEmpty();
        return out;
    }

    @Test
    void strictDecodingRefusesWhatTheSdksRefuse() {
        String exInfoAsString = "{\"Action\":\"DescribeResourceSecGroupResponse\",\"RetCode\":0,\"TotalCount\":1,"
                + "\"DataSet\":[{\"ResourceId\":\"uhost-1\",\"ResourceName\":\"a\",\"Count\":0,\"SecGroupInfo\":[],"
                + "\"PermitAssociate\":true,\"ExInfo\":\"\"}]}";
        assertThatThrownBy(() -> StrictJson.decode(exInfoAsString, DescribeResourceSecGroupResponse.class))
                .hasMessageContaining("ExInfo");
        assertThatThrownBy(() -> StrictJson.decode("{\"CPU\":\"4\"}", Models.UHostInstanceSet.class))
                .hasMessageContaining("CPU");
        assertThatThrownBy(() -> StrictJson.decode("{\"DiskSet\":\"\"}", Models.UHostInstanceSet.class))
                .hasMessageContaining("DiskSet");
        assertThatThrownBy(() -> StrictJson.decode("{\"IsBoot\":true}", Models.UHostDiskSet.class))
                .hasMessageContaining("IsBoot");
        assertThatThrownBy(() -> StrictJson.decode("{\"Memory\":1.5}", Models.UHostInstanceSet.class))
                .hasMessageContaining("Memory");
        assertThat(StrictJson.decode("{\"CPU\":4,\"Unknown\":{\"x\":1}}", Models.UHostInstanceSet.class).CPU).isEqualTo(4);
        assertThat(SpecShape.problems(spec, "DescribeSecGroup", "{\"Action\":\"DescribeSecGroupResponse\",\"RetCode\":0,"
                + "\"TotalCount\":1,\"DataSet\":[{\"CreateTime\":\"1\",\"Rule\":[{\"Priority\":1.5}]}]}"))
                .containsExactly("DescribeSecGroupResponse.TotalCount is not documented",
                        "DescribeSecGroupResponse.DataSet[0].CreateTime should be int, is STRING",
                        "DescribeSecGroupResponse.DataSet[0].Rule[0].Priority should be int, is NUMBER");
    }

    @Test
    void everyServedActionDecodesIntoTheSdkModels() {
        GetRegionResponse regions = call(GetRegionResponse.class, "Action", "GetRegion", "Region", null);
        assertThat(regions.Regions).extracting(r -> r.Zone).contains("cn-bj2-02", "cn-bj2-03", "hk-02");
        assertThat(regions.Regions).filteredOn(r -> r.IsDefault).extracting(r -> r.Region).containsExactly("cn-bj2");
        assertThat(regions.Regions).allSatisfy(r -> assertThat(r.RegionId).isPositive());

        GetProjectListResponse projects = call(GetProjectListResponse.class, "Action", "GetProjectList", "Region", null);
        assertThat(projects.ProjectCount).isEqualTo(2);
        assertThat(projects.ProjectSet).extracting(p -> p.ProjectId).containsExactly("org-default", "org-second");
        assertThat(projects.ProjectSet.get(0).IsDefault).isTrue();

        DescribeImageResponse image = call(DescribeImageResponse.class, "Action", "DescribeImage", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64");
        assertThat(image.ImageSet).singleElement().satisfies(i -> {
            assertThat(i.ImageSize).isEqualTo(20);
            assertThat(i.OsType).isEqualTo("Linux");
            assertThat(i.ImageType).isEqualTo("Base");
            assertThat(i.State).isEqualTo("Available");
        });

        String shape = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "shape", "Network.0",
                "10.41.0.0/16").VPCId;
        String a = call(CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", shape, "Name", "web")
                .SecGroupId;
        String b = call(CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", shape, "Name", "db")
                .SecGroupId;
        List<String> rules = call(CreateSecGroupRuleResponse.class, "Action", "CreateSecGroupRule", "SecGroupId", a,
                "Rule.0.Direction", "Ingress", "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Priority", 50,
                "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "22", "Rule.0.RuleAction", "Accept",
                "Rule.0.Remark", "ssh").RuleId;
        call(Common.class, "Action", "UpdateSecGroupRule", "SecGroupId", a, "Rule.0.RuleId", rules.get(0),
                "Rule.0.Direction", "Ingress", "Rule.0.IPRange", "10.0.0.0/8", "Rule.0.Priority", 60,
                "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "2222", "Rule.0.RuleAction", "Drop", "Rule.0.Remark", "");
        call(Common.class, "Action", "UpdateSecGroup", "SecGroupId.0", a, "Remark", "front", "Tag", "shop");
        Models.SecGroupInfo group = call(DescribeSecGroupResponse.class, "Action", "DescribeSecGroup",
                "SecGroupId.0", a).DataSet.get(0);
        assertThat(group.Remark).isEqualTo("front");
        assertThat(group.Tag).isEqualTo("shop");
        assertThat(group.CreateTime).isPositive();
        CopySecGroupResponse copied = call(CopySecGroupResponse.class, "Action", "CopySecGroup", "SecGroupId", a,
                "DstRegion", "cn-bj2", "DstProjectId", "org-default", "DstVPCId", shape, "DstName", "web-copy");
        assertThat(copied.RuleID).hasSize(1);
        call(Common.class, "Action", "DeleteSecGroup", "SecGroupId.0", copied.SecGroupId);
        assertThat(group.Rule).singleElement().satisfies(r -> {
            assertThat(r.IPRange).isEqualTo("10.0.0.0/8");
            assertThat(r.Priority).isEqualTo(60);
            assertThat(r.DstPort).isEqualTo("2222");
            assertThat(r.RuleAction).isEqualTo("Drop");
        });

        CreateUHostInstanceResponse created = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance",
                "Zone", "cn-bj2-03", "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx",
                "CPU", 2, "Memory", 4096, "ChargeType", "Month", "Quantity", 1, "MachineType", "N", "Name", "shape",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20,
                "Disks.1.IsBoot", "False", "Disks.1.Type", "CLOUD_SSD", "Disks.1.Size", 50,
                "SecurityMode", "SecGroup", "SecGroupId.0.Id", a, "SecGroupId.0.Priority", 1);
        String host = created.UHostIds.get(0);
        assertThat(created.IPs).hasSize(1);

        Models.UHostInstanceSet h = call(DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance",
                "UHostIds.0", host).UHostSet.get(0);
        // every field Terraform's ucloud_instance reads
        assertThat(h.State).isEqualTo("Running");
        assertThat(h.BootDiskState).isEqualTo("Normal");
        assertThat(h.Name).isEqualTo("shape");
        assertThat(h.Zone).isEqualTo("cn-bj2-03");
        assertThat(h.Tag).isEqualTo("Default");
        assertThat(h.Remark).isEmpty();
        assertThat(h.CPU).isEqualTo(2);
        assertThat(h.Memory).isEqualTo(4096);
        assertThat(h.MachineType).isEqualTo("N");
        assertThat(h.ChargeType).isEqualTo("Month");
        assertThat(h.CreateTime).isPositive();
        assertThat(h.ExpireTime).isGreaterThan(h.CreateTime);
        assertThat(h.AutoRenew).isEqualTo("Yes");
        assertThat(h.BasicImageId).isEqualTo("uimage-c79x64");
        assertThat(h.ImageId).isEqualTo("uimage-c79x64");
        assertThat(h.OsName).isEqualTo("CentOS 7.9 64位");
        assertThat(h.IsolationGroup).isEmpty();
        assertThat(h.IPSet).singleElement().satisfies(ip -> {
            assertThat(ip.Type).isEqualTo("Private");
            assertThat(ip.IP).isEqualTo(created.IPs.get(0));
            assertThat(ip.VPCId).isEqualTo(shape);
            assertThat(ip.SubnetId).isNotNull();
        });
        assertThat(h.DiskSet).hasSize(2);
        assertThat(h.DiskSet.get(0)).satisfies(d -> {
            assertThat(d.IsBoot).isEqualTo("True");
            assertThat(d.DiskType).isEqualTo("CLOUD_SSD");
            assertThat(d.Size).isEqualTo(20);
            assertThat(d.DiskId).isNotBlank();
        });
        assertThat(h.DiskSet.get(1).IsBoot).isEqualTo("False");
        assertThat(h.TotalDiskSpace).isEqualTo(50);
        assertThat(h.NetFeatureTag).isEqualTo("SecGroup");

        call(Common.class, "Action", "AssociateSecGroup", "ResourceId.0", host, "PrioritySecGroup.0.SecGroupId", b,
                "PrioritySecGroup.0.Priority", 2);
        DescribeResourceSecGroupResponse bound = call(DescribeResourceSecGroupResponse.class,
                "Action", "DescribeResourceSecGroup", "ResourceType", "uhost", "ResourceId.0", host);
        assertThat(bound.DataSet).singleElement().satisfies(r -> {
            assertThat(r.ExInfo.SuperResourceId).isEqualTo(host);
            assertThat(r.ExInfo.IP).containsExactly(created.IPs.get(0));
            assertThat(r.ExInfo.EIP).isEmpty();
            assertThat(r.ExInfo.Uni).isEmpty();
            assertThat(r.Count).isEqualTo(2);
            assertThat(r.SecGroupInfo).extracting(g -> g.SecGroupId + "/" + g.Priority).containsExactly(a + "/1", b + "/2");
        });
        assertThat(call(DescribeResourceSecGroupResponse.class, "Action", "DescribeResourceSecGroup",
                "ResourceType", "uhost").TotalCount).as("without ResourceId: every host, paged").isEqualTo(1);
        DescribeSecGroupResourceResponse members = call(DescribeSecGroupResourceResponse.class,
                "Action", "DescribeSecGroupResource", "SecGroupId", b);
        assertThat(members.DataSet).extracting(m -> m.ResourceId).containsExactly(host);
        call(Common.class, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", a,
                "NewPrioritySecGroup.0.SecGroupId", a, "NewPrioritySecGroup.0.Priority", 3);
        call(Common.class, "Action", "DisassociateSecGroup", "SecGroupId.0", b, "ResourceId.0", host);

        assertThat(call(UHostIdResponse.class, "Action", "ModifyUHostInstanceName", "UHostId", host, "Name", "renamed")
                .UHostId).isEqualTo(host);
        call(UHostIdResponse.class, "Action", "ModifyUHostInstanceTag", "UHostId", host, "Tag", "blue");
        DescribeUHostTagsResponse groups = call(DescribeUHostTagsResponse.class, "Action", "DescribeUHostTags");
        assertThat(groups.TagSet).extracting(t -> t.Tag + " " + t.Zone + " " + t.TotalCount)
                .contains("blue cn-bj2-03 1");
        assertThat(groups.TotalCount).isEqualTo(groups.TagSet.size());
        call(UHostIdResponse.class, "Action", "ModifyUHostInstanceRemark", "UHostId", host, "Remark", "note");
        call(UHostIdResponse.class, "Action", "RebootUHostInstance", "UHostId", host);
        call(UHostIdResponse.class, "Action", "StopUHostInstance", "UHostId", host);
        call(UHostIdResponse.class, "Action", "ResizeUHostInstance", "UHostId", host, "CPU", 4, "Memory", 8192);
        call(UHostIdResponse.class, "Action", "ResetUHostInstancePassword", "UHostId", host, "Password", "bmV3cGFzcw==");
        call(UHostIdResponse.class, "Action", "StartUHostInstance", "UHostId", host);
        Models.UHostInstanceSet changed = call(DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance",
                "UHostIds.0", host).UHostSet.get(0);
        assertThat(changed.Name).isEqualTo("renamed");
        assertThat(changed.Tag).isEqualTo("blue");
        assertThat(changed.Remark).isEqualTo("note");
        assertThat(changed.CPU).isEqualTo(4);
        assertThat(changed.Memory).isEqualTo(8192);
        assertThat(changed.State).isEqualTo("Running");
        call(UHostIdResponse.class, "Action", "PoweroffUHostInstance", "UHostId", host);
        call(Common.class, "Action", "DeleteSecGroupRule", "SecGroupId", a, "RuleId.0", rules.get(0));
        TerminateUHostInstanceResponse gone = call(TerminateUHostInstanceResponse.class,
                "Action", "TerminateUHostInstance", "UHostId", host, "ReleaseUDisk", true, "ReleaseEIP", false);
        assertThat(gone.InRecycle).isEqualTo("No");
        call(Common.class, "Action", "DeleteSecGroup", "SecGroupId.0", a, "SecGroupId.1", b);

        // ---- VPC and UNet firewall actions (ucloud-net)
        String vpc = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "shape-vpc",
                "Network.0", "192.168.0.0/16").VPCId;
        String subnet = call(NetModels.CreateSubnetResponse.class, "Action", "CreateSubnet", "VPCId", vpc,
                "Subnet", "192.168.3.0", "Netmask", 24, "SubnetName", "shape-subnet").SubnetId;
        NetModels.VPCInfo v = call(NetModels.DescribeVPCResponse.class, "Action", "DescribeVPC", "VPCIds.0", vpc)
                .DataSet.get(0);
        assertThat(v.NetworkInfo).singleElement().satisfies(n -> assertThat(n.SubnetCount).isEqualTo(1));
        NetModels.VPCSubnetInfoSet sub = call(NetModels.DescribeSubnetResponse.class, "Action", "DescribeSubnet",
                "SubnetIds.0", subnet, "ShowAvailableIPs", true).DataSet.get(0);
        assertThat(sub.Netmask).isEqualTo("24");
        assertThat(sub.AvailableIPs).isEqualTo(253);
        String fw = call(NetModels.FWIdResponse.class, "Action", "CreateFirewall", "Name", "shape-fw",
                "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH").FWId;
        call(NetModels.FWIdResponse.class, "Action", "UpdateFirewall", "FWId", fw, "Rule.0", "UDP|53|0.0.0.0/0|DROP|LOW");
        call(Common.class, "Action", "UpdateFirewallAttribute", "FWId", fw, "Remark", "shape");
        String netHost = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20, "SubnetId", subnet,
                "SecurityGroupId", fw).UHostIds.get(0);
        NetModels.FirewallDataSet f = call(NetModels.DescribeFirewallResponse.class, "Action", "DescribeFirewall",
                "ResourceType", "uhost", "ResourceId", netHost).DataSet.get(0);
        assertThat(f.FWId).isEqualTo(fw);
        assertThat(f.ResourceCount).isEqualTo(1);
        assertThat(f.Rule).singleElement().satisfies(r -> assertThat(r.Priority).isEqualTo("LOW"));
        assertThat(call(NetModels.DescribeFirewallResourceResponse.class, "Action", "DescribeFirewallResource",
                "FWId", fw).ResourceSet).singleElement().satisfies(r -> assertThat(r.ResourceID).isEqualTo(netHost));
        assertThat(call(NetModels.DescribeSubnetResourceResponse.class, "Action", "DescribeSubnetResource",
                "SubnetId", subnet).DataSet).singleElement().satisfies(r -> assertThat(r.IP).isEqualTo("192.168.3.2"));
        String recommended = call(NetModels.DescribeFirewallResponse.class, "Action", "DescribeFirewall")
                .DataSet.get(0).FWId;
        call(Common.class, "Action", "GrantFirewall", "FWId", recommended, "ResourceType", "uhost", "ResourceId", netHost);
        // DisassociateFirewall is for load balancers only (decoded in ulb()); a host's is refused
        wire.refused(230, "Action", "DisassociateFirewall", "FWId", fw, "ResourceType", "uhost", "ResourceId", netHost);
        call(Common.class, "Action", "DeleteFirewall", "FWId", fw);
        networkAcls(vpc, subnet, netHost);
        call(UHostIdResponse.class, "Action", "PoweroffUHostInstance", "UHostId", netHost);
        assertThat(call(UHostIdResponse.class, "Action", "ModifyUHostIP", "Zone", "cn-bj2-03", "UHostId", netHost,
                "PresentIpAddress", "192.168.3.77", "PreviousIpAddress", "192.168.3.2").UHostId).isEqualTo(netHost);
        assertThat(call(NetModels.DescribeSubnetResourceResponse.class, "Action", "DescribeSubnetResource",
                "SubnetId", subnet).DataSet).singleElement().satisfies(r -> assertThat(r.IP).isEqualTo("192.168.3.77"));
        String mac = call(DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance", "UHostIds.0",
                netHost).UHostSet.get(0).IPSet.get(0).Mac;
        NetModels.IpInfo second = call(NetModels.AllocateSecondaryIpResponse.class, "Action", "AllocateSecondaryIp",
                "Zone", "cn-bj2-03", "Mac", mac, "ObjectId", netHost).IpInfo;
        assertThat(call(NetModels.DescribeSecondaryIpResponse.class, "Action", "DescribeSecondaryIp", "SubnetId",
                subnet, "VPCId", vpc).DataSet).singleElement().satisfies(i -> assertThat(i.Ip).isEqualTo(second.Ip));
        // a card not in the subnet is refused; to its own card nothing changes (another host's: the stack scenario)
        wire.refused(230, "Action", "MoveSecondaryIPMac", "Ip", second.Ip, "OldMac", mac, "NewMac", "52:54:00:00:00:00",
                "SubnetId", subnet);
        call(Common.class, "Action", "MoveSecondaryIPMac", "Ip", second.Ip, "OldMac", mac, "NewMac", mac,
                "SubnetId", subnet);
        call(Common.class, "Action", "DeleteSecondaryIp", "Zone", "cn-bj2-03", "Ip", second.Ip, "Mac", mac,
                "SubnetId", subnet);
        assertThat(call(NetModels.AllocateBatchSecondaryIpResponse.class, "Action", "AllocateBatchSecondaryIp", "Zone",
                "cn-bj2-03", "Mac", mac, "ObjectId", netHost, "Count", 1).IpsInfo).singleElement()
                .satisfies(i -> assertThat(i.Status.StatusCode).isEqualTo("Succeeded"));
        call(TerminateUHostInstanceResponse.class, "Action", "TerminateUHostInstance", "UHostId", netHost);
        String vip = call(NetModels.AllocateVIPResponse.class, "Action", "AllocateVIP", "VPCId", vpc, "SubnetId", subnet,
                "Name", "shape-vip").VIPSet.get(0).VIPId;
        call(Common.class, "Action", "UpdateVIPAttribute", "VIPId", vip, "Remark", "shape");
        assertThat(call(NetModels.DescribeVIPResponse.class, "Action", "DescribeVIP", "VIPId", vip).VIPSet)
                .singleElement().satisfies(x -> assertThat(x.Name + " " + x.Remark).isEqualTo("shape-vip shape"));
        routeTables(vpc, subnet, vip);
        networkInterfaces(vpc, subnet);
        call(Common.class, "Action", "ReleaseVIP", "VIPId", vip);
        call(Common.class, "Action", "UpdateSubnetAttribute", "SubnetId", subnet, "Name", "renamed", "Tag", "web");
        call(Common.class, "Action", "DeleteSubnet", "SubnetId", subnet);
        call(Common.class, "Action", "AddVPCNetwork", "VPCId", vpc, "Network.0", "10.77.0.0/16");
        call(Common.class, "Action", "UpdateVPCNetwork", "VPCId", vpc, "Network.0", "10.77.0.0/16");
        call(Common.class, "Action", "DeleteVPC", "VPCId", vpc);

        stack();

        Set<String> names = new TreeSet<>();
        spec.products().keySet().forEach(p -> names.addAll(endpoint.served(Cloud.UCLOUD).actions(p)));
        assertThat(decoded).as("every served UCloud action is decoded here").isEqualTo(names);
    }

    /**
     * Network ACLs of the VPC: one with a rule, bound to the subnet (whose host is the rules' target) and moved to a
     * second, then all removed.
     */
    private void networkAcls(String vpc, String subnet, String host) {
        String acl = call(NetModels.CreateNetworkAclResponse.class, "Action", "CreateNetworkAcl", "VpcId", vpc,
                "AclName", "shape-acl").AclId;
        String other = call(NetModels.CreateNetworkAclResponse.class, "Action", "CreateNetworkAcl", "VpcId", vpc,
                "AclName", "shape-other").AclId;
        call(Common.class, "Action", "UpdateNetworkAcl", "AclId", acl, "AclName", "shape-acl", "Description", "d");
        String entry = call(NetModels.CreateNetworkAclEntryResponse.class, "Action", "CreateNetworkAclEntry", "AclId",
                acl, "Priority", 1, "Direction", "Ingress", "IpProtocol", "TCP", "CidrBlock", "0.0.0.0/0",
                "PortRange", "22", "EntryAction", "Accept").EntryId;
        call(Common.class, "Action", "UpdateNetworkAclEntry", "AclId", acl, "EntryId", entry, "Priority", 2,
                "Direction", "Ingress", "IpProtocol", "TCP", "CidrBlock", "0.0.0.0/0", "PortRange", "80",
                "EntryAction", "Accept");
        assertThat(call(NetModels.DescribeNetworkAclEntryResponse.class, "Action", "DescribeNetworkAclEntry", "AclId",
                acl).EntryList).singleElement().satisfies(e -> assertThat(e.Priority + " " + e.PortRange)
                .isEqualTo("2 80"));
        String first = call(NetModels.CreateNetworkAclAssociationResponse.class, "Action",
                "CreateNetworkAclAssociation", "AclId", acl, "SubnetworkId", subnet).AssociationId;
        assertThat(call(NetModels.CreateNetworkAclAssociationResponse.class, "Action", "CreateNetworkAclAssociation",
                "AclId", other, "SubnetworkId", subnet).PrevAssociation.AssociationId).isEqualTo(first);
        assertThat(call(NetModels.DescribeNetworkAclResponse.class, "Action", "DescribeNetworkAcl", "VpcId", vpc)
                .AclList).extracting(a -> a.AclId + " " + a.Entries.size() + " " + a.Associations.size())
                .containsExactly(acl + " 1 0", other + " 0 1");
        assertThat(call(NetModels.DescribeNetworkAclAssociationResponse.class, "Action",
                "DescribeNetworkAclAssociation", "AclId", other).AssociationList).singleElement()
                .satisfies(a -> assertThat(a.SubnetworkId).isEqualTo(subnet));
        assertThat(call(NetModels.DescribeNetworkAclAssociationBySubnetResponse.class, "Action",
                "DescribeNetworkAclAssociationBySubnet", "SubnetworkId", subnet).Association.AclId).isEqualTo(other);
        assertThat(call(NetModels.GetNetworkAclTargetResourceResponse.class, "Action", "GetNetworkAclTargetResource",
                "SubnetworkId.0", subnet).TargetResourceList).singleElement()
                .satisfies(t -> assertThat(t.ResourceId).isEqualTo(host));
        call(Common.class, "Action", "DeleteNetworkAclAssociation", "AclId", other, "SubnetworkId", subnet);
        call(Common.class, "Action", "DeleteNetworkAclEntry", "AclId", acl, "EntryId", entry);
        call(Common.class, "Action", "DeleteNetworkAcl", "AclId", acl);
        call(Common.class, "Action", "DeleteNetworkAcl", "AclId", other);
    }

    /**
     * Route tables of the VPC: a custom one with a rule to the VIP, the subnet bound to it, a clone, the rule changed
     * and removed, the subnet back on the default table, both tables deleted.
     */
    /** A host made with Features.UNI, its default card, and a card of its own made, attached, detached and deleted. */
    private void networkInterfaces(String vpc, String subnet) {
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot",
                "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20, "VPCId", vpc, "SubnetId", subnet,
                "Features.UNI", true).UHostIds.get(0);
        NetModels.NetworkInterfaceInfo made = call(NetModels.CreateNetworkInterfaceResponse.class, "Action",
                "CreateNetworkInterface", "VPCId", vpc, "SubnetId", subnet, "Name", "shape-uni", "Tag", "uni",
                "Remark", "made").NetworkInterface;
        assertThat(List.of(made.Name, made.Tag, made.Remark, made.AttachInstanceId)).containsExactly("shape-uni", "uni",
                "made", "");
        call(Common.class, "Action", "AttachNetworkInterface", "InterfaceId", made.InterfaceId, "InstanceId", host);
        String extra = call(NetModels.AllocateSecondaryIpResponse.class, "Action", "AllocateSecondaryIp", "Zone",
                "cn-bj2-03", "Mac", made.MacAddress, "ObjectId", made.InterfaceId).IpInfo.Ip;
        NetModels.NetworkInterface listed = call(NetModels.DescribeNetworkInterfaceResponse.class, "Action",
                "DescribeNetworkInterface", "InterfaceId.0", made.InterfaceId).NetworkInterfaceSet.get(0);
        assertThat(List.of(listed.AttachInstanceId, listed.Status, listed.PrivateIpSet))
                .containsExactly(host, 1, made.PrivateIpSet);
        assertThat(listed.PrivateIp).extracting(p -> p.IpType + " " + p.IpAddr).containsExactly("PrimaryIp "
                + made.PrivateIpSet, "SecondaryIp " + List.of(extra));
        assertThat(call(NetModels.DescribeInstanceNetworkInterfaceResponse.class, "Action",
                "DescribeInstanceNetworkInterface", "InstanceId", host).NetworkInterfaceSet)
                .extracting(n -> n.Default).containsExactly(true, false);
        call(Common.class, "Action", "DetachNetworkInterface", "InterfaceId", made.InterfaceId, "InstanceId", host);
        call(Common.class, "Action", "DeleteNetworkInterface", "InterfaceId", made.InterfaceId);
        call(Common.class, "Action", "StopUHostInstance", "UHostId", host);
        call(TerminateUHostInstanceResponse.class, "Action", "TerminateUHostInstance", "UHostId", host);
    }

    private void routeTables(String vpc, String subnet, String vip) {
        String table = call(NetModels.RouteTableIdResponse.class, "Action", "CreateRouteTable", "VPCId", vpc,
                "Name", "shape-rt", "Tag", "shape", "Remark", "r").RouteTableId;
        call(Common.class, "Action", "UpdateRouteTableAttribute", "RouteTableId", table, "Remark", "shape");
        call(Common.class, "Action", "ModifyRouteRule", "RouteTableId", table, "RouteRule.0",
                "new|10.8.0.0/16|vip|" + vip + "|0|to the vip|add");
        call(Common.class, "Action", "AssociateRouteTable", "SubnetId", subnet, "RouteTableId", table);
        NetModels.RouteTableInfo t = call(NetModels.DescribeRouteTableResponse.class, "Action", "DescribeRouteTable",
                "RouteTableId", table).RouteTables.get(0);
        assertThat(List.of(t.RouteTableType, t.SubnetCount, t.Tag, t.Remark)).containsExactly(0, 1, "shape", "shape");
        assertThat(t.RouteRules).extracting(r -> r.RuleType + " " + r.DstAddr + " " + r.NexthopType + " " + r.Remark)
                .containsExactly("0 192.168.0.0/16 LOCAL ", "1 10.8.0.0/16 VIP to the vip");
        String clone = call(NetModels.RouteTableIdResponse.class, "Action", "CloneRouteTable", "RouteTableId", table)
                .RouteTableId;
        call(Common.class, "Action", "ModifyRouteRule", "RouteTableId", table, "RouteRule.0",
                t.RouteRules.get(1).RouteRuleId + "|10.8.0.0/16|vip|" + vip + "|0|changed|update", "RouteRule.1",
                "x|10.8.0.0/16|vip|" + vip + "|0||delete");
        call(Common.class, "Action", "AssociateRouteTable", "SubnetId", subnet);
        call(Common.class, "Action", "ModifyRouteRule", "RouteTableId", clone, "RouteRule.0",
                "x|10.8.0.0/16|vip|" + vip + "|0||delete");
        call(Common.class, "Action", "DeleteRouteTable", "RouteTableId", clone);
        call(Common.class, "Action", "DeleteRouteTable", "RouteTableId", table);
    }

    /** The tutorial stack: UHost key pairs (and the host that logs in with one). */
    private void stack() {
        StackModels.KeyPair made = call(StackModels.CreateUHostKeyPairResponse.class, "Action", "CreateUHostKeyPair",
                "KeyPairName", "shape-key").KeyPair;
        assertThat(made.PrivateKeyBody).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        String imported = call(StackModels.ImportUHostKeyPairsResponse.class, "Action", "ImportUHostKeyPairs",
                "KeyPairName", "shape-imported", "PublicKeyBody",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHCzIhBSEUL8mJSXYnpQJmqgzlxJ/IuCAwWdRT1d9e6s").KeyPairId;
        assertThat(call(StackModels.DescribeUHostKeyPairsResponse.class, "Action", "DescribeUHostKeyPairs").KeyPairs)
                .extracting(k -> k.KeyPairId).containsExactly(made.KeyPairId, imported);
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "KeyPair", "KeyPairId", made.KeyPairId,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        Models.UHostKeyPair bound = call(DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance",
                "UHostIds.0", host).UHostSet.get(0).KeyPair;
        assertThat(bound.KeyPairId + " " + bound.KeyPairState).isEqualTo(made.KeyPairId + " Normal");
        call(UHostIdResponse.class, "Action", "StopUHostInstance", "UHostId", host);
        call(UHostIdResponse.class, "Action", "ReinstallUHostInstance", "UHostId", host, "LoginMode", "Password",
                "Password", "cGFzc3dvcmQx");
        call(Common.class, "Action", "DeleteUHostKeyPairs", "KeyPairIds.0", made.KeyPairId, "KeyPairIds.1", imported);
        isolation();
        ulb();
        intercom();
        udisk();
        eip();
        customImage();
        nat();
    }

    /** UHost isolation groups: one with a host in it, described with its spread, the host out, then gone. */
    private void isolation() {
        String group = call(StackModels.GroupIdResponse.class, "Action", "CreateIsolationGroup", "GroupName",
                "shape-ig", "Remark", "spread").GroupId;
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "IsolationGroup", group,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        StackModels.IsolationGroup g = call(StackModels.DescribeIsolationGroupResponse.class, "Action",
                "DescribeIsolationGroup", "GroupId", group).IsolationGroupSet.get(0);
        assertThat(g.SpreadInfoSet).singleElement().satisfies(s -> assertThat(s.Zone + " " + s.UHostCount)
                .isEqualTo("cn-bj2-03 1"));
        call(UHostIdResponse.class, "Action", "LeaveIsolationGroup", "GroupId", group, "UHostId", host);
        call(StackModels.GroupIdResponse.class, "Action", "DeleteIsolationGroup", "GroupId", group);
    }

    /** VPC NAT gateways: one in a subnet with an EIP and a firewall, its white list, updated, then gone. */
    private void nat() {
        String vpc = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "nat", "Network.0",
                "10.203.0.0/16").VPCId;
        String subnet = call(NetModels.CreateSubnetResponse.class, "Action", "CreateSubnet", "VPCId", vpc, "Subnet",
                "10.203.1.0").SubnetId;
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "SubnetId", subnet,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        String fw = call(NetModels.FWIdResponse.class, "Action", "CreateFirewall", "Name", "nat-fw", "Rule.0",
                "TCP|22|0.0.0.0/0|ACCEPT|HIGH").FWId;
        String eip = call(StackModels.AllocateEIPResponse.class, "Action", "AllocateEIP", "OperatorName", "BGP",
                "Bandwidth", 2).EIPSet.get(0).EIPId;
        String nat = call(StackModels.CreateNATGWResponse.class, "Action", "CreateNATGW", "VPCId", vpc,
                "SubnetworkIds.0", subnet, "EIPIds.0", eip, "FirewallId", fw, "NATGWName", "nat", "IfOpen", 1).NATGWId;
        call(Common.class, "Action", "AddWhiteListResource", "NATGWId", nat, "ResourceIds.0", host);
        call(Common.class, "Action", "EnableWhiteList", "NATGWId", nat, "IfOpen", 0);
        call(Common.class, "Action", "UpdateNATGW", "NATGWId", nat, "NATGWName", "nat-2", "Tag", "t", "Remark", "r");
        call(Common.class, "Action", "UpdateNATGWSubnet", "NATGWId", nat, "SubnetworkIds.0", subnet);
        call(Common.class, "Action", "GrantFirewall", "FWId", fw, "ResourceType", "natgw", "ResourceId", nat);
        StackModels.NatGatewayDataSet g = call(StackModels.DescribeNATGWResponse.class, "Action", "DescribeNATGW",
                "NATGWIds.0", nat).DataSet.get(0);
        assertThat(g.NATGWName + " " + g.Tag + " " + g.Remark + " " + g.FirewallId + " " + g.SubnetSet.get(0).SubnetworkId
                + " " + g.IPSet.get(0).EIPId).isEqualTo("nat-2 t r " + fw + " " + subnet + " " + eip);
        StackModels.NatGWWhitelistDataSet w = call(StackModels.DescribeWhiteListResourceResponse.class, "Action",
                "DescribeWhiteListResource", "NATGWIds.0", nat).DataSet.get(0);
        assertThat(w.IfOpen + " " + w.ObjectIPInfo.get(0).ResourceId).isEqualTo("0 " + host);
        assertThat(call(StackModels.GetAvailableResourceForWhiteListResponse.class, "Action",
                "GetAvailableResourceForWhiteList", "NATGWId", nat).DataSet.get(0).ResourceId).isEqualTo(host);
        assertThat(call(StackModels.ListSubnetForNATGWResponse.class, "Action", "ListSubnetForNATGW", "VPCId", vpc)
                .DataSet.get(0).HasNATGW).isTrue();
        call(Common.class, "Action", "DeleteWhiteListResource", "NATGWId", nat, "ResourceIds.0", host);
        // a port-forwarding policy and an SNAT rule of the host
        String ip = call(DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance", "UHostIds.0", host)
                .UHostSet.get(0).IPSet.get(0).IP;
        String eipIp = call(StackModels.DescribeEIPResponse.class, "Action", "DescribeEIP", "EIPIds.0", eip)
                .EIPSet.get(0).EIPAddr.get(0).IP;
        assertThat(call(StackModels.GetAvailableResourceForPolicyResponse.class, "Action",
                "GetAvailableResourceForPolicy", "NATGWId", nat).DataSet.get(0).PrivateIP).isEqualTo(ip);
        String policy = call(StackModels.CreateNATGWPolicyResponse.class, "Action", "CreateNATGWPolicy", "NATGWId", nat,
                "Protocol", "TCP", "SrcEIPId", eip, "SrcPort", "80", "DstIP", ip, "DstPort", "8080", "PolicyName",
                "web").PolicyId;
        call(Common.class, "Action", "UpdateNATGWPolicy", "NATGWId", nat, "PolicyId", policy, "Protocol", "tcp",
                "SrcEIPId", eip, "SrcPort", "8000-8010", "DstIP", ip, "DstPort", "9000-9010", "PolicyName", "webs");
        StackModels.NATGWPolicyDataSet p = call(StackModels.DescribeNATGWPolicyResponse.class, "Action",
                "DescribeNATGWPolicy", "NATGWId", nat).DataSet.get(0);
        assertThat(p.Protocol + " " + p.SrcEIPId + " " + p.SrcEIP + " " + p.SrcPort + " " + p.DstIP + " " + p.DstPort
                + " " + p.PolicyName).isEqualTo("TCP " + eip + " " + eipIp + " 8000-8010 " + ip + " 9000-9010 webs");
        assertThat(call(StackModels.GetAvailableResourceForSnatRuleResponse.class, "Action",
                "GetAvailableResourceForSnatRule", "NATGWId", nat).DataSet.get(0).SubnetworkId).isEqualTo(subnet);
        call(Common.class, "Action", "AddSnatRule", "NATGWId", nat, "SourceIp", ip, "SnatIp", eipIp, "Name", "out");
        call(Common.class, "Action", "UpdateSnatRule", "NATGWId", nat, "SourceIp", ip, "SnatIp", eipIp, "Name", "out2");
        StackModels.NATGWSnatRule rule = call(StackModels.DescribeSnatRuleResponse.class, "Action", "DescribeSnatRule",
                "NATGWId", nat).DataSet.get(0);
        assertThat(rule.SourceIp + " " + rule.SnatIp + " " + rule.SubnetworkId + " " + rule.Name)
                .isEqualTo(ip + " " + eipIp + " " + subnet + " out2");
        call(Common.class, "Action", "DeleteSnatRule", "NATGWId", nat, "SourceIp", ip);
        call(Common.class, "Action", "UpdateNATGWSnatpool", "NATGWId", nat, "IsSnatpoolEnabled", "enable");
        assertThat(call(StackModels.DescribeNATGWResponse.class, "Action", "DescribeNATGW", "NATGWIds.0", nat)
                .DataSet.get(0).IsSnatpoolEnabled).isEqualTo("enable");
        call(Common.class, "Action", "DeleteNATGWPolicy", "NATGWId", nat, "PolicyId", policy);
        // a SnatDnat rule of the host and the EIP's address
        call(Common.class, "Action", "CreateSnatDnatRule", "NATGWId", nat, "PrivateIp.0", ip, "EIP.0", eipIp);
        StackModels.SnatDnatRuleInfo mapped = call(StackModels.DescribeSnatDnatRuleResponse.class, "Action",
                "DescribeSnatDnatRule", "NATGWId.0", nat, "EIP.0", eipIp).DataSet.get(0);
        assertThat(mapped.PrivateIp + " " + mapped.NATGWId + " " + mapped.EIP).isEqualTo(ip + " " + nat + " " + eipIp);
        call(Common.class, "Action", "DeleteSnatDnatRule", "NATGWId", nat, "PrivateIp.0", ip, "EIP.0", eipIp);
        call(Common.class, "Action", "DeleteNATGW", "NATGWId", nat, "ReleaseEip", true);
        call(Common.class, "Action", "DeleteFirewall", "FWId", fw);
    }

    /** A custom image made from a host, described as the project's (ImageType Custom), then terminated. */
    private void customImage() {
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        String image = call(CustomImageResponse.class, "Action", "CreateCustomImage", "UHostId", host,
                "ImageName", "shape-image", "ImageDescription", "made here").ImageId;
        DescribeImageResponse custom = call(DescribeImageResponse.class, "Action", "DescribeImage", "ImageType",
                "Custom", "ImageId", image);
        assertThat(custom.ImageSet).singleElement().satisfies(i -> assertThat(i.ImageType + " " + i.State + " "
                + i.ImageName + " " + i.OsName + " " + i.ImageSize)
                .isEqualTo("Custom Available shape-image CentOS 7.9 64位 20"));
        CopyCustomImageResponse copied = call(CopyCustomImageResponse.class, "Action", "CopyCustomImage",
                "SourceImageId", image, "TargetRegion", "cn-sh2", "TargetProjectId", "org-default");
        assertThat(copied.Infos).singleElement().satisfies(i -> assertThat(i.TargetImageId + " " + i.TargetRegion)
                .isEqualTo(copied.TargetImageId + " cn-sh2"));
        call(CustomImageResponse.class, "Action", "TerminateCustomImage", "ImageId", image);
    }

    /** UNet EIPs: allocated, changed, bound to a host and unbound, released. */
    private void eip() {
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        String eip = call(StackModels.AllocateEIPResponse.class, "Action", "AllocateEIP", "OperatorName", "BGP",
                "Bandwidth", 2, "ChargeType", "Month").EIPSet.get(0).EIPId;
        call(Common.class, "Action", "ModifyEIPBandwidth", "EIPId", eip, "Bandwidth", 3);
        call(Common.class, "Action", "ModifyEIPWeight", "EIPId", eip, "Weight", 70);
        call(Common.class, "Action", "SetEIPPayMode", "EIPId", eip, "PayMode", "Traffic", "Bandwidth", 4);
        assertThat(call(StackModels.GetEIPPayModeResponse.class, "Action", "GetEIPPayMode", "EIPId.0", eip).EIPPayMode)
                .singleElement().satisfies(m -> assertThat(m.EIPId + " " + m.EIPPayMode).isEqualTo(eip + " Traffic"));
        call(Common.class, "Action", "UpdateEIPAttribute", "EIPId", eip, "Name", "shape", "Tag", "t", "Remark", "r");
        call(Common.class, "Action", "BindEIP", "EIPId", eip, "ResourceType", "uhost", "ResourceId", host);
        StackModels.UnetEIPSet e = call(StackModels.DescribeEIPResponse.class, "Action", "DescribeEIP", "EIPIds.0",
                eip).EIPSet.get(0);
        assertThat(e.Status + " " + e.Resource.ResourceID + " " + e.Bandwidth + " " + e.PayMode + " " + e.Tag)
                .isEqualTo("used " + host + " 4 Traffic t");
        assertThat(e.EIPBinding.EIP).isEqualTo(e.EIPAddr.get(0).IP);
        assertThat(e.Resource.ResourceId).as("the SDKs' deprecated field, as ucloud_eip reads it").isEqualTo(host);
        call(Common.class, "Action", "UnBindEIP", "EIPId", eip, "ResourceType", "uhost", "ResourceId", host);
        // a share bandwidth: one EIP allocated into it, this one associated, resized, taken out, released
        String share = call(StackModels.AllocateShareBandwidthResponse.class, "Action", "AllocateShareBandwidth",
                "Name", "shape-share", "ChargeType", "Month", "ShareBandwidth", 20).ShareBandwidthId;
        String inShare = call(StackModels.AllocateEIPResponse.class, "Action", "AllocateEIP", "OperatorName", "BGP",
                "Bandwidth", 0, "PayMode", "ShareBandwidth", "ShareBandwidthId", share).EIPSet.get(0).EIPId;
        call(Common.class, "Action", "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip);
        call(Common.class, "Action", "ResizeShareBandwidth", "ShareBandwidthId", share, "ShareBandwidth", 30);
        StackModels.UnetShareBandwidthSet s = call(StackModels.DescribeShareBandwidthResponse.class, "Action",
                "DescribeShareBandwidth", "ShareBandwidthIds.0", share).DataSet.get(0);
        assertThat(s.Name + " " + s.ShareBandwidth + " " + s.EIPSet.size()).isEqualTo("shape-share 30 2");
        StackModels.UnetEIPSet shared = call(StackModels.DescribeEIPResponse.class, "Action", "DescribeEIP",
                "EIPIds.0", inShare).EIPSet.get(0);
        assertThat(shared.PayMode + " " + shared.BandwidthType + " " + shared.ShareBandwidthSet.ShareBandwidthId)
                .isEqualTo("ShareBandwidth 1 " + share);
        call(Common.class, "Action", "DisassociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip,
                "Bandwidth", 2);
        call(Common.class, "Action", "ReleaseShareBandwidth", "ShareBandwidthId", share, "EIPBandwidth", 2);
        call(Common.class, "Action", "ReleaseEIP", "EIPId", inShare);
        // a bandwidth package on the EIP: made, listed, deleted
        String pkg = call(StackModels.CreateBandwidthPackageResponse.class, "Action", "CreateBandwidthPackage",
                "EIPId", eip, "Bandwidth", 20, "TimeRange", 3600).BandwidthPackageId;
        StackModels.UnetBandwidthPackageSet p = call(StackModels.DescribeBandwidthPackageResponse.class, "Action",
                "DescribeBandwidthPackage").DataSets.get(0);
        assertThat(p.BandwidthPackageId + " " + p.EIPId + " " + p.Bandwidth + " " + (p.DisableTime - p.EnableTime))
                .isEqualTo(pkg + " " + eip + " 20 3600");
        call(Common.class, "Action", "DeleteBandwidthPackage", "BandwidthPackageId", pkg);
        call(Common.class, "Action", "ReleaseEIP", "EIPId", eip);
    }

    /**
     * UDisk: a disk made, renamed, grown, attached to a host, grown there, snapshotted and detached; a disk cloned from
     * the snapshot; then all deleted.
     */
    private void udisk() {
        String host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        String disk = call(StackModels.CreateUDiskResponse.class, "Action", "CreateUDisk", "Zone", "cn-bj2-03",
                "Size", 20, "Name", "shape-disk", "ChargeType", "Month").UDiskId.get(0);
        call(Common.class, "Action", "RenameUDisk", "Zone", "cn-bj2-03", "UDiskId", disk, "UDiskName", "shape-2");
        call(Common.class, "Action", "ResizeUDisk", "Zone", "cn-bj2-03", "UDiskId", disk, "Size", 30);
        StackModels.AttachUDiskResponse attached = call(StackModels.AttachUDiskResponse.class, "Action", "AttachUDisk",
                "Zone", "cn-bj2-03", "UDiskId", disk, "HostId", host);
        StackModels.UDiskDataSet d = call(StackModels.DescribeUDiskResponse.class, "Action", "DescribeUDisk",
                "UDiskId", disk).DataSet.get(0);
        assertThat(d.Name + " " + d.Size + " " + d.Status + " " + d.UHostId + " " + d.ChargeType)
                .isEqualTo("shape-2 30 InUse " + host + " Month");
        assertThat(d.DeviceName).isEqualTo(attached.DeviceName);
        StackModels.ResizeAttachedDiskResponse grown = call(StackModels.ResizeAttachedDiskResponse.class, "Action",
                "ResizeAttachedDisk", "Zone", "cn-bj2-03", "UHostId", host, "DiskId", disk, "DiskSpace", 40);
        assertThat(grown.DiskId).isEqualTo(disk);
        String snap = call(StackModels.CreateUDiskSnapshotResponse.class, "Action", "CreateUDiskSnapshot", "Zone",
                "cn-bj2-03", "UDiskId", disk, "Name", "shape-snap", "Comment", "before").SnapshotId.get(0);
        StackModels.UDiskSnapshotSet s = call(StackModels.DescribeUDiskSnapshotResponse.class, "Action",
                "DescribeUDiskSnapshot", "SnapshotId", snap).DataSet.get(0);
        assertThat(s.UDiskId + " " + s.UDiskName + " " + s.Size + " " + s.UHostId + " " + s.DiskType + " "
                + s.IsUDiskAvailable).isEqualTo(disk + " shape-2 40 " + host + " 0 true");
        call(StackModels.DetachUDiskResponse.class, "Action", "DetachUDisk", "Zone", "cn-bj2-03", "UDiskId", disk,
                "HostId", host);
        String clone = call(StackModels.CreateUDiskResponse.class, "Action", "CloneUDiskSnapshot", "Zone",
                "cn-bj2-03", "Name", "shape-clone", "SourceId", snap).UDiskId.get(0);
        call(Common.class, "Action", "RestoreUDisk", "Zone", "cn-bj2-03", "UDiskId", disk, "SnapshotId", snap);
        String copy = call(StackModels.CreateUDiskResponse.class, "Action", "CloneUDisk", "Zone", "cn-bj2-03",
                "Name", "shape-copy", "SourceId", disk).UDiskId.get(0);
        call(Common.class, "Action", "DeleteUDisk", "Zone", "cn-bj2-03", "UDiskId", copy);
        call(Common.class, "Action", "DeleteUDiskSnapshot", "Zone", "cn-bj2-03", "SnapshotId", snap);
        call(Common.class, "Action", "DeleteUDisk", "Zone", "cn-bj2-03", "UDiskId", clone);
        call(Common.class, "Action", "DeleteUDisk", "Zone", "cn-bj2-03", "UDiskId", disk);
        // made and attached in one call, then detached and deleted in one
        StackModels.CreateAttachUDiskResponse both = call(StackModels.CreateAttachUDiskResponse.class, "Action",
                "CreateAttachUDisk", "Zone", "cn-bj2-03", "Size", 20, "Name", "shape-both", "UHostId", host);
        assertThat(both.UHostId + " " + both.HostId).isEqualTo(host + " " + host);
        assertThat(both.DeviceName).isNotEmpty();
        StackModels.DetachDeleteUDiskResponse gone = call(StackModels.DetachDeleteUDiskResponse.class, "Action",
                "DetachDeleteUDisk", "UDiskId", both.UDiskId, "UHostId", host);
        assertThat(gone.UDiskId).isEqualTo(both.UDiskId);
    }

    /** VPC intercom: two VPCs connected, each seen from the other, then apart. */
    private void intercom() {
        String a = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "a", "Network.0",
                "10.201.0.0/16").VPCId;
        String b = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "b", "Network.0",
                "10.202.0.0/16").VPCId;
        call(Common.class, "Action", "CreateVPCIntercom", "VPCId", a, "DstVPCId", b);
        StackModels.VPCIntercomInfo seen = call(StackModels.DescribeVPCIntercomResponse.class, "Action",
                "DescribeVPCIntercom", "VPCId", a, "DstRegion", "cn-bj2").DataSet.get(0);
        assertThat(seen.VPCId + " " + seen.Network).isEqualTo(b + " [10.202.0.0/16]");
        call(Common.class, "Action", "DeleteVPCIntercom", "VPCId", b, "DstVPCId", a);
    }

    /** ULB: a load balancer with a firewall, a VServer, the host as its backend; then all of it gone. */
    private void ulb() {
        String vpc = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "lb", "Network.0",
                "172.16.0.0/16").VPCId;
        String subnet = call(NetModels.CreateSubnetResponse.class, "Action", "CreateSubnet", "VPCId", vpc, "Subnet",
                "172.16.1.0").SubnetId;
        String web = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-03",
                "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "SubnetId", subnet,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);
        String fw = call(NetModels.FWIdResponse.class, "Action", "CreateFirewall", "Name", "lb-fw", "Rule.0",
                "TCP|80|0.0.0.0/0|ACCEPT|HIGH").FWId;
        String lb = call(StackModels.CreateULBResponse.class, "Action", "CreateULB", "VPCId", vpc, "SubnetId", subnet,
                "InnerMode", "Yes", "FirewallId", fw).ULBId;
        String vs = call(StackModels.CreateVServerResponse.class, "Action", "CreateVServer", "ULBId", lb,
                "Protocol", "TCP", "FrontendPort", 3306).VServerId;
        String backend = call(StackModels.AllocateBackendResponse.class, "Action", "AllocateBackend", "ULBId", lb,
                "VServerId", vs, "ResourceType", "UHost", "ResourceId", web, "Port", 3306).BackendId;
        call(Common.class, "Action", "UpdateULBAttribute", "ULBId", lb, "Name", "lb-2", "Remark", "shape");
        call(Common.class, "Action", "UpdateVServerAttribute", "ULBId", lb, "VServerId", vs, "ClientTimeout", 90);
        call(Common.class, "Action", "UpdateBackendAttribute", "ULBId", lb, "BackendId", backend, "Weight", 3);
        StackModels.ULBSet u = call(StackModels.DescribeULBResponse.class, "Action", "DescribeULB", "ULBId", lb)
                .DataSet.get(0);
        assertThat(u.Name + " " + u.ULBType + " " + u.ListenType).isEqualTo("lb-2 InnerMode PacketsTransmit");
        assertThat(u.PrivateIP).startsWith("172.16.1.");
        assertThat(u.FirewallSet.get(0).FirewallId).isEqualTo(fw);
        StackModels.ULBBackendSet b = call(StackModels.DescribeVServerResponse.class, "Action", "DescribeVServer",
                "ULBId", lb, "VServerId", vs).DataSet.get(0).BackendSet.get(0);
        assertThat(b.ResourceId + " " + b.Weight).isEqualTo(web + " 3");
        call(Common.class, "Action", "DisassociateFirewall", "FWId", fw, "ResourceType", "ulb", "ResourceId", lb);
        call(Common.class, "Action", "ReleaseBackend", "ULBId", lb, "BackendId", backend);
        call(Common.class, "Action", "DeleteVServer", "ULBId", lb, "VServerId", vs);
        call(Common.class, "Action", "DeleteULB", "ULBId", lb);
        call(Common.class, "Action", "DeleteFirewall", "FWId", fw);
        ssl(vpc, subnet, web);
    }

    /**
     * ULB certificates and content forwarding policies: a certificate served by an HTTPS VServer, read from DescribeSSL
     * and the VServer's SSLSet; a policy to a backend of it, read from its PolicySet.
     */
    private void ssl(String vpc, String subnet, String web) {
        String lb = call(StackModels.CreateULBResponse.class, "Action", "CreateULB", "VPCId", vpc, "SubnetId", subnet)
                .ULBId;
        String vs = call(StackModels.CreateVServerResponse.class, "Action", "CreateVServer", "ULBId", lb,
                "Protocol", "HTTPS", "FrontendPort", 443).VServerId;
        String ssl = call(StackModels.CreateSSLResponse.class, "Action", "CreateSSL", "SSLName", "shape-ssl",
                "UserCert", TestCertificates.pem("lb-cert.pem"), "PrivateKey", TestCertificates.pem("lb-key.pem")).SSLId;
        call(Common.class, "Action", "BindSSL", "ULBId", lb, "VServerId", vs, "SSLId", ssl);
        call(Common.class, "Action", "UpdateSSLAttribute", "SSLId", ssl, "SSLName", "shape-renamed");
        StackModels.ULBSSLSet read = call(StackModels.DescribeSSLResponse.class, "Action", "DescribeSSL", "SSLId", ssl)
                .DataSet.get(0);
        assertThat(read.SSLName + " " + read.BindedTargetSet.get(0).VServerId).isEqualTo("shape-renamed " + vs);
        assertThat(call(StackModels.DescribeVServerResponse.class, "Action", "DescribeVServer", "ULBId", lb,
                "VServerId", vs).DataSet.get(0).SSLSet).singleElement().satisfies(x -> assertThat(x.SSLId).isEqualTo(ssl));
        String backend = call(StackModels.AllocateBackendResponse.class, "Action", "AllocateBackend", "ULBId", lb,
                "VServerId", vs, "ResourceType", "UHost", "ResourceId", web, "Port", 80).BackendId;
        String policy = call(StackModels.CreatePolicyResponse.class, "Action", "CreatePolicy", "ULBId", lb,
                "VServerId", vs, "BackendId.0", backend, "Match", "www.example.test").PolicyId;
        call(Common.class, "Action", "UpdatePolicy", "ULBId", lb, "VServerId", vs, "PolicyId", policy, "Type", "Path",
                "Match", "/api");
        assertThat(call(StackModels.DescribeVServerResponse.class, "Action", "DescribeVServer", "ULBId", lb,
                "VServerId", vs).DataSet.get(0).PolicySet).singleElement()
                .satisfies(p -> assertThat(p.Match + " " + p.BackendSet.get(0).BackendId).isEqualTo("/api " + backend));
        call(Common.class, "Action", "DeletePolicy", "PolicyId", policy);
        call(Common.class, "Action", "UnbindSSL", "ULBId", lb, "VServerId", vs, "SSLId", ssl);
        call(Common.class, "Action", "DeleteSSL", "SSLId", ssl);
        call(Common.class, "Action", "DeleteULB", "ULBId", lb);
    }

}
