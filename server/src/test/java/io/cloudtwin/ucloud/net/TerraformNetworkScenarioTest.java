package io.cloudtwin.ucloud.net;

import static io.cloudtwin.ucloud.net.NetApi.action;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.net.NetApi.*;

/**
 * The call sequences of Terraform's ucloud provider (ucloud/terraform-provider-ucloud, resource_ucloud_vpc.go,
 * resource_ucloud_subnet.go, resource_ucloud_security_group.go, resource_ucloud_instance.go and the describe*ById
 * helpers), replayed in their order and with their parameters through the real UCloud Java client; every answer is
 * decoded strictly into the SDK models' field types.
 */
class TerraformNetworkScenarioTest extends ServerTestBase {
    static final String REGION = "cn-bj2";
    static final String ZONE = "cn-bj2-02";

    private StrictClient client;

    @BeforeEach
    void client() {
        client = new StrictClient(baseUrl(), REGION, UCLOUD_PUBLIC, UCLOUD_PRIVATE);
    }

    // ---- what the provider's describe*ById helpers send

    private List<VPCInfo> describeVpcById(String id) throws Exception {
        DescribeVPCRequest r = action(new DescribeVPCRequest(), "DescribeVPC");
        r.vpcIds = List.of(id);
        return client.call(r, DescribeVPCResponse.class).dataSet;
    }

    private List<VPCSubnetInfoSet> describeSubnetById(String id) throws Exception {
        DescribeSubnetRequest r = action(new DescribeSubnetRequest(), "DescribeSubnet");
        r.subnetIds = List.of(id);
        return client.call(r, DescribeSubnetResponse.class).dataSet;
    }

    private List<FirewallDataSet> describeFirewallById(String id) throws Exception {
        DescribeFirewallRequest r = action(new DescribeFirewallRequest(), "DescribeFirewall");
        r.fwId = id;
        return client.call(r, DescribeFirewallResponse.class).dataSet;
    }

    private UHostInstanceSet describeInstanceById(String id) throws Exception {
        DescribeUHostInstanceRequest r = action(new DescribeUHostInstanceRequest(), "DescribeUHostInstance");
        r.uhostIds = List.of(id);
        List<UHostInstanceSet> set = client.call(r, DescribeUHostInstanceResponse.class).uhostSet;
        return set.isEmpty() ? null : set.get(0);
    }

    private String createVpc(String name, List<String> blocks) throws Exception {
        CreateVPCRequest r = action(new CreateVPCRequest(), "CreateVPC");
        r.name = name;
        r.network = blocks;
        r.tag = "Default";
        return client.call(r, CreateVPCResponse.class).vpcId;
    }

    private String createSubnet(String vpcId, String cidr, String name) throws Exception {
        Cidr c = Cidr.parse(cidr);
        CreateSubnetRequest r = action(new CreateSubnetRequest(), "CreateSubnet");
        r.vpcId = vpcId;
        r.subnet = Cidr.format(c.network());
        r.netmask = c.prefix();
        r.subnetName = name;
        r.tag = "Default";
        return client.call(r, CreateSubnetResponse.class).subnetId;
    }

    private String createFirewall(String name, List<String> rules) throws Exception {
        CreateFirewallRequest r = action(new CreateFirewallRequest(), "CreateFirewall");
        r.name = name;
        r.rule = rules;
        r.tag = "Default";
        return client.call(r, FWIdResponse.class).fwId;
    }

    @Test
    void ucloudVpcCreateReadDestroy() throws Exception {
        String id = createVpc("tf-vpc-basic", List.of("192.168.0.0/16", "10.10.0.0/16"));
        assertThat(id).matches("uvnet-[a-z0-9]{8}");
        // vpcWaitForState, then Read
        assertThat(describeVpcById(id)).hasSize(1);
        VPCInfo v = describeVpcById(id).get(0);
        assertThat(v.name).isEqualTo("tf-vpc-basic");
        assertThat(v.tag).isEqualTo("Default");
        assertThat(v.network).containsExactly("192.168.0.0/16", "10.10.0.0/16");
        assertThat(v.networkInfo).extracting(n -> n.network).containsExactly("192.168.0.0/16", "10.10.0.0/16");
        assertThat(v.createTime).isPositive();
        assertThat(v.updateTime).isGreaterThanOrEqualTo(v.createTime);
        // Delete, then the read that must find nothing (an empty DataSet, RetCode 0)
        VPCIdRequest del = action(new VPCIdRequest(), "DeleteVPC");
        del.vpcId = id;
        client.call(del, Response.class);
        assertThat(describeVpcById(id)).isEmpty();
    }

    @Test
    void ucloudSubnetCreateReadDestroy() throws Exception {
        String vpc = createVpc("tf-vpc-subnet", List.of("192.168.0.0/16"));
        String id = createSubnet(vpc, "192.168.1.0/24", "tf-subnet-basic");
        assertThat(id).matches("subnet-[a-z0-9]{8}");
        VPCSubnetInfoSet s = describeSubnetById(id).get(0);
        // the provider rebuilds cidr_block from Subnet and Netmask
        assertThat(s.subnet + "/" + s.netmask).isEqualTo("192.168.1.0/24");
        assertThat(s.subnetName).isEqualTo("tf-subnet-basic");
        assertThat(s.vpcId).isEqualTo(vpc);
        assertThat(s.vpcName).isEqualTo("tf-vpc-subnet");
        assertThat(s.gateway).isEqualTo("192.168.1.1");
        assertThat(s.tag).isEqualTo("Default");
        assertThat(s.availableIps).isNull();

        DescribeSubnetRequest withIps = action(new DescribeSubnetRequest(), "DescribeSubnet");
        withIps.vpcId = vpc;
        withIps.showAvailableIps = true;
        assertThat(client.call(withIps, DescribeSubnetResponse.class).dataSet.get(0).availableIps).isEqualTo(253);

        // the VPC now reports its subnet
        assertThat(describeVpcById(vpc).get(0).subnetCount).isEqualTo(1);
        assertThat(describeVpcById(vpc).get(0).networkInfo.get(0).subnetCount).isEqualTo(1);

        SubnetIdRequest del = action(new SubnetIdRequest(), "DeleteSubnet");
        del.subnetId = id;
        client.call(del, Response.class);
        assertThat(describeSubnetById(id)).isEmpty();
    }

    @Test
    void ucloudSecurityGroupIsAFirewall() throws Exception {
        List<String> rules = List.of("TCP|22|0.0.0.0/0|ACCEPT|HIGH", "TCP|80|192.168.0.0/16|DROP|LOW",
                "ICMP||0.0.0.0/0|ACCEPT|MEDIUM");
        String id = createFirewall("tf-security-group-basic", rules);
        assertThat(id).matches("firewall-[a-z0-9]{8}");
        // securityWaitForState, then Read
        FirewallDataSet f = describeFirewallById(id).get(0);
        assertThat(f.name).isEqualTo("tf-security-group-basic");
        assertThat(f.tag).isEqualTo("Default");
        assertThat(f.type).isEqualTo("user defined");
        assertThat(f.resourceCount).isZero();
        assertThat(f.rule).extracting(r -> r.protocolType + "|" + r.dstPort + "|" + r.srcIp + "|" + r.ruleAction + "|"
                + r.priority).containsExactlyElementsOf(rules);

        // rules changed: UpdateFirewall with the whole new set, wait, then name/tag: UpdateFirewallAttribute
        UpdateFirewallRequest u = action(new UpdateFirewallRequest(), "UpdateFirewall");
        u.fwId = id;
        u.rule = List.of("UDP|53|10.0.0.0/8|ACCEPT|HIGH");
        assertThat(client.call(u, FWIdResponse.class).fwId).isEqualTo(id);
        assertThat(describeFirewallById(id).get(0).rule).singleElement()
                .satisfies(r -> assertThat(r.protocolType + r.dstPort + r.srcIp).isEqualTo("UDP5310.0.0.0/8"));
        UpdateFirewallAttributeRequest a = action(new UpdateFirewallAttributeRequest(), "UpdateFirewallAttribute");
        a.fwId = id;
        a.name = "tf-security-group-renamed";
        a.tag = "web";
        client.call(a, Response.class);
        f = describeFirewallById(id).get(0);
        assertThat(f.name).isEqualTo("tf-security-group-renamed");
        assertThat(f.tag).isEqualTo("web");

        // Delete, then the read: the provider treats only RetCode 54002 (or an empty DataSet) as gone
        FWIdRequest del = action(new FWIdRequest(), "DeleteFirewall");
        del.fwId = id;
        client.call(del, Response.class);
        DescribeFirewallRequest gone = action(new DescribeFirewallRequest(), "DescribeFirewall");
        gone.fwId = id;
        client.refused(gone, 54002);
    }

    @Test
    void ucloudInstanceWithSecurityGroupInASubnet() throws Exception {
        String vpc = createVpc("tf-vpc-instance", List.of("192.168.0.0/16"));
        String subnet = createSubnet(vpc, "192.168.1.0/24", "tf-subnet-instance");
        String fw = createFirewall("tf-sg-instance", List.of("TCP|22|0.0.0.0/0|ACCEPT|HIGH"));

        // Create: the provider reads the image first (describeImageById) for the boot disk's size
        DescribeImageRequest img = action(new DescribeImageRequest(), "DescribeImage");
        img.imageId = "uimage-c79x64";
        int bootSize = client.call(img, DescribeImageResponse.class).imageSet.get(0).imageSize;
        // then fills CreateUHostInstanceRequest
        CreateUHostInstanceRequest c = action(new CreateUHostInstanceRequest(), "CreateUHostInstance");
        c.loginMode = "Password";
        c.zone = ZONE;
        c.imageId = "uimage-c79x64";
        c.cpu = 1;
        c.memory = 1024;
        c.password = Base64.getEncoder().encodeToString("tf-Passw0rd".getBytes());
        c.chargeType = "Month";
        c.machineType = "N";
        c.minimalCpuPlatform = "Intel/Auto";
        c.name = "tf-instance-basic";
        c.quantity = 1;
        c.disk0IsBoot = "true";
        c.disk0Type = "CLOUD_SSD";
        c.disk0Size = bootSize;
        c.tag = "Default";
        c.vpcId = vpc;
        c.subnetId = subnet;
        c.securityGroupId = fw;
        CreateUHostInstanceResponse created = client.call(c, CreateUHostInstanceResponse.class);
        assertThat(created.uhostIds).hasSize(1);
        String host = created.uhostIds.get(0);
        assertThat(created.ips).containsExactly("192.168.1.2");

        // wait for Running, then Read: the host's Private IPSet entry gives vpc_id, subnet_id, private_ip
        UHostInstanceSet h = describeInstanceById(host);
        assertThat(h.state).isEqualTo("Running");
        UHostIPSet priv = h.ipSet.stream().filter(ip -> ip.type.equals("Private")).findFirst().orElseThrow();
        assertThat(priv.vpcId).isEqualTo(vpc);
        assertThat(priv.subnetId).isEqualTo(subnet);
        assertThat(priv.ip).isEqualTo("192.168.1.2");
        assertThat(firewallOf(host)).isEqualTo(fw);
        assertThat(describeFirewallById(fw).get(0).resourceCount).isEqualTo(1);

        FWIdRequest res = action(new FWIdRequest(), "DescribeFirewallResource");
        res.fwId = fw;
        DescribeFirewallResourceResponse rr = client.call(res, DescribeFirewallResourceResponse.class);
        assertThat(rr.totalCount).isEqualTo(1);
        assertThat(rr.resourceSet).singleElement().satisfies(x -> {
            assertThat(x.resourceId).isEqualTo(host);
            assertThat(x.privateIp).isEqualTo("192.168.1.2");
        });
        DescribeSubnetResourceRequest sr = action(new DescribeSubnetResourceRequest(), "DescribeSubnetResource");
        sr.subnetId = subnet;
        sr.resourceType = "UHOST";
        assertThat(client.call(sr, DescribeSubnetResourceResponse.class).dataSet).singleElement()
                .satisfies(x -> assertThat(x.resourceId + " " + x.ip).isEqualTo(host + " 192.168.1.2"));

        // security_group changed: GrantFirewall with the provider's ResourceType spelling; the old one is replaced
        String other = createFirewall("tf-sg-instance-2", List.of("TCP|443|0.0.0.0/0|ACCEPT|HIGH"));
        FirewallResourceRequest g = action(new FirewallResourceRequest(), "GrantFirewall");
        g.fwId = other;
        g.resourceType = "UHost";
        g.resourceId = host;
        client.call(g, Response.class);
        assertThat(firewallOf(host)).isEqualTo(other);
        assertThat(describeFirewallById(fw).get(0).resourceCount).isZero();

        // the firewall in use cannot go; the VPC and subnet with a host in them cannot either
        FWIdRequest delOther = action(new FWIdRequest(), "DeleteFirewall");
        delOther.fwId = other;
        client.refused(delOther, 4361);

        // Delete: Poweroff, wait Stopped, Terminate (ReleaseUDisk true, ReleaseEIP false), read until gone
        UHostIdRequest off = action(new UHostIdRequest(), "PoweroffUHostInstance");
        off.uhostId = host;
        assertThat(client.call(off, UHostIdResponse.class).uhostId).isEqualTo(host);
        assertThat(describeInstanceById(host).state).isEqualTo("Stopped");
        TerminateUHostInstanceRequest t = action(new TerminateUHostInstanceRequest(), "TerminateUHostInstance");
        t.uhostId = host;
        t.releaseUDisk = true;
        t.releaseEip = false;
        assertThat(client.call(t, TerminateUHostInstanceResponse.class).inRecycle).isEqualTo("No");
        assertThat(describeInstanceById(host)).isNull();

        // then the firewall, the subnet and the VPC go, in Terraform's reverse dependency order
        client.call(delOther, Response.class);
        FWIdRequest delFw = action(new FWIdRequest(), "DeleteFirewall");
        delFw.fwId = fw;
        client.call(delFw, Response.class);
        SubnetIdRequest delSubnet = action(new SubnetIdRequest(), "DeleteSubnet");
        delSubnet.subnetId = subnet;
        client.call(delSubnet, Response.class);
        VPCIdRequest delVpc = action(new VPCIdRequest(), "DeleteVPC");
        delVpc.vpcId = vpc;
        client.call(delVpc, Response.class);
    }

    @Test
    void ucloudInstanceWithoutSecurityGroupUsesTheRecommendedFirewallAndTheDefaultNetwork() throws Exception {
        // plan time: checkDefaultFirewall wants at least two firewalls in the project and region
        DescribeFirewallRequest all = action(new DescribeFirewallRequest(), "DescribeFirewall");
        List<FirewallDataSet> defaults = client.call(all, DescribeFirewallResponse.class).dataSet;
        assertThat(defaults).extracting(f -> f.type).containsExactly("recommend web", "recommend non web");

        CreateUHostInstanceRequest c = action(new CreateUHostInstanceRequest(), "CreateUHostInstance");
        c.loginMode = "Password";
        c.zone = ZONE;
        c.imageId = "uimage-centos7";
        c.password = Base64.getEncoder().encodeToString("tf-Passw0rd".getBytes());
        c.name = "tf-instance-default";
        c.disk0IsBoot = "true";
        c.disk0Type = "CLOUD_SSD";
        c.disk0Size = 20;
        c.maxCount = 2;
        List<String> hosts = client.call(c, CreateUHostInstanceResponse.class).uhostIds;
        assertThat(hosts).hasSize(2);
        for (String host : hosts) assertThat(firewallOf(host)).isEqualTo(defaults.get(0).fwId);
        UHostIPSet ip = describeInstanceById(hosts.get(0)).ipSet.get(0);
        DescribeVPCRequest vpcs = action(new DescribeVPCRequest(), "DescribeVPC");
        VPCInfo dflt = client.call(vpcs, DescribeVPCResponse.class).dataSet.get(0);
        assertThat(dflt.name).isEqualTo("DefaultVPC");
        assertThat(ip.vpcId).isEqualTo(dflt.vpcId);
        assertThat(describeSubnetById(ip.subnetId).get(0).subnetName).isEqualTo("DefaultNetwork");
        assertThat(Cidr.parse(dflt.network.get(0)).contains(Cidr.address(ip.ip))).isTrue();

        // a recommended firewall is never deletable
        FWIdRequest del = action(new FWIdRequest(), "DeleteFirewall");
        del.fwId = defaults.get(1).fwId;
        client.refused(del, 4358);
    }

    /** What resourceUCloudInstanceRead asks for the instance's security_group. */
    private String firewallOf(String host) throws Exception {
        DescribeFirewallRequest r = action(new DescribeFirewallRequest(), "DescribeFirewall");
        r.resourceId = host;
        r.resourceType = "uhost";
        List<FirewallDataSet> data = client.call(r, DescribeFirewallResponse.class).dataSet;
        assertThat(data).hasSize(1);
        return data.get(0).fwId;
    }
}
