package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.address;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.count;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.BindingSecGroupInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.ResourceExInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.ResourceSecgroupInfoEx;
import io.cloudtwin.dialect.ucloud.vpc.api.SecGroupInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.SecGroupResourceInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.SecGroupRuleInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.SubnetInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.SubnetResource;
import io.cloudtwin.dialect.ucloud.vpc.api.VPCInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.VPCNetworkInfo;

/** The documented models of UCloud's VPC product, filled from the core's VPCs, subnets, groups and hosts. */
final class VpcViews {
    private VpcViews() {}

    /** VPCInfo. Our VPCs keep no update time apart from creation: UpdateTime is CreateTime. */
    static VPCInfo vpc(Vpc v, List<Subnet> subnets) {
        List<VPCNetworkInfo> networks = new ArrayList<>();
        for (String block : v.cidrBlocks()) {
            Cidr c = Cidr.parse(block);
            long n = subnets.stream().filter(s -> c.contains(Cidr.parse(s.cidrBlock()))).count();
            networks.add(new VPCNetworkInfo().setNetwork(block).setSubnetCount(count(n)));
        }
        return new VPCInfo().setVpcId(v.id()).setName(v.name()).setTag(v.tag()).setNetwork(v.cidrBlocks())
                .setNetworkInfo(networks).setSubnetCount(subnets.size()).setCreateTime(unix(v.createdAt()))
                .setUpdateTime(unix(v.createdAt())).setIPv6Network("").setOperatorName("").setIPv6NetworkInfos(List.of());
    }

    /** SubnetInfo; AvailableIPs only when asked for (ShowAvailableIPs), as the doc says. */
    static SubnetInfo subnet(Subnet s, Vpc vpc, Long availableIps) {
        Cidr c = Cidr.parse(s.cidrBlock());
        return new SubnetInfo().setSubnetId(s.id()).setSubnetName(s.name()).setVpcId(s.vpcId())
                .setVpcName(vpc == null ? "" : vpc.name()).setZone(s.zone()).setTag(s.tag()).setRemark(s.description())
                .setSubnetType(2).setSubnet(Cidr.format(c.network())).setNetmask(String.valueOf(c.prefix()))
                .setGateway(UcloudFormats.gateway(c)).setCreateTime(unix(s.createdAt())).setHasNATGW(false)
                .setIPv6Network("").setAvailableIPs(availableIps == null ? null : count(availableIps));
    }

    /** SubnetResource: a resource holding an address of the subnet (type as ucloud-cli names them: uhost, ulb, vip). */
    static SubnetResource subnetResource(String type, String id, String name, String ip) {
        return new SubnetResource().setName(name).setResourceId(id).setResourceType(type).setIp(ip)
                .setSubResourceId("").setSubResourceName("").setSubResourceType("").setIPv6Address("");
    }

    /** SecGroupInfo with its rules. */
    static SecGroupInfo secGroup(SecurityGroup g, List<SecurityGroupRule> rules) {
        return new SecGroupInfo().setSecGroupId(g.id()).setName(g.name()).setVpcId(g.vpcId())
                .setAccount(UcloudFormats.account(g.accountId())).setTag(g.tag()).setRemark(g.description())
                .setType("user defined").setCreateTime(unix(g.createdAt()))
                .setRule(rules.stream().map(VpcViews::rule).toList());
    }

    static SecGroupRuleInfo rule(SecurityGroupRule r) {
        return new SecGroupRuleInfo().setRuleId(r.id()).setDirection(r.direction()).setIpRange(r.ipRange())
                .setPriority(r.priority()).setProtocolType(r.protocol()).setDstPort(r.dstPort())
                .setRuleAction(r.action()).setRemark(r.remark()).setIpVersion(r.ipRange().contains(":") ? "IPv6" : "IPv4");
    }

    /** SecGroupResourceInfo: a host bound to the group. Zone is an int in UCloud's model. */
    static SecGroupResourceInfo member(Instance i) {
        return new SecGroupResourceInfo().setResourceId(i.id()).setResourceType("uhost").setName(i.name())
                .setPrivateIp(address(i)).setZone(0).setTag(i.tag()).setSubResourceId("").setSubResourceName("")
                .setSubResourceType("");
    }

    /** SecGroupResourceInfo: a network interface (UNI) bound to the group. */
    static SecGroupResourceInfo member(NetworkInterface c, String tag) {
        return new SecGroupResourceInfo().setResourceId(c.id()).setResourceType("uni").setName(c.name())
                .setPrivateIp(c.privateIp()).setZone(0).setTag(tag).setSubResourceId("").setSubResourceName("")
                .setSubResourceType("");
    }

    /** ResourceSecgroupInfoEx: a host with its groups; a UHost is its own top resource, with its private IP. */
    static ResourceSecgroupInfoEx bindings(Instance i, Map<String, SecurityGroup> groups) {
        ResourceExInfo ex = new ResourceExInfo().setSuperResourceId(i.id()).setSuperResourceName(i.name())
                .setResourceName(i.name()).setIp(List.of(address(i))).setEip(List.of()).setUni(List.of());
        return new ResourceSecgroupInfoEx().setResourceId(i.id()).setResourceName(i.name())
                .setCount(i.memberships().size()).setPermitAssociate(true).setExInfo(ex)
                .setSecGroupInfo(i.memberships().stream()
                        .map(b -> binding(b.groupId(), b.priority(), groups.get(b.groupId()))).toList());
    }

    /**
     * ResourceSecgroupInfoEx: a network interface with its groups; its top resource is the host it is attached to
     * (none while detached).
     */
    static ResourceSecgroupInfoEx bindings(NetworkInterface c, Instance host, List<InstanceService.GroupRef> refs,
                                           Map<String, SecurityGroup> groups) {
        ResourceExInfo ex = new ResourceExInfo().setSuperResourceId(host == null ? "" : host.id())
                .setSuperResourceName(host == null ? "" : host.name()).setResourceName(c.name())
                .setIp(List.of(c.privateIp())).setEip(List.of()).setUni(List.of());
        return new ResourceSecgroupInfoEx().setResourceId(c.id()).setResourceName(c.name()).setCount(refs.size())
                .setPermitAssociate(true).setExInfo(ex)
                .setSecGroupInfo(refs.stream().map(b -> binding(b.groupId(), b.priority(), groups.get(b.groupId())))
                        .toList());
    }

    private static BindingSecGroupInfo binding(String groupId, int priority, SecurityGroup g) {
        return new BindingSecGroupInfo().setSecGroupId(groupId).setName(g == null ? "" : g.name())
                .setVpcId(g == null ? "" : g.vpcId()).setPriority(priority);
    }
}
