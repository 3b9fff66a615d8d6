package io.cloudtwin.dialect.ucloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;

/**
 * How UCloud writes VPCs (VPCInfo), subnets (VPCSubnetInfoSet), subnet resources (SubnetResource), firewalls
 * (FirewallDataSet, FirewallRuleSet) and firewall resources (ResourceSet): the field names and types of
 * ucloud-api/vpc.json and unet.json, as ucloud-sdk-go's models decode them.
 */
public final class NetworkViews {
    private NetworkViews() {}

    /** VPCInfo. Our VPCs keep no update time apart from creation: UpdateTime is CreateTime. */
    public static Map<String, Object> vpc(Vpc v, List<Subnet> subnets) {
        List<Map<String, Object>> networks = new ArrayList<>();
        for (String block : v.cidrBlocks()) {
            Cidr c = Cidr.parse(block);
            long n = subnets.stream().filter(s -> c.contains(Cidr.parse(s.cidrBlock()))).count();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("Network", block);
            info.put("SubnetCount", n);
            networks.add(info);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("VPCId", v.id());
        m.put("Name", v.name());
        m.put("Tag", v.tag());
        m.put("Network", v.cidrBlocks());
        m.put("NetworkInfo", networks);
        m.put("SubnetCount", subnets.size());
        m.put("CreateTime", UcloudViews.unix(v.createdAt()));
        m.put("UpdateTime", UcloudViews.unix(v.createdAt()));
        m.put("IPv6Network", "");
        m.put("OperatorName", "");
        m.put("IPv6NetworkInfos", List.of());
        return m;
    }

    /** VPCSubnetInfoSet; AvailableIPs only when asked for (ShowAvailableIPs), as the doc says. */
    public static Map<String, Object> subnet(Subnet s, Vpc vpc, Long availableIps) {
        Cidr c = Cidr.parse(s.cidrBlock());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SubnetId", s.id());
        m.put("SubnetName", s.name());
        m.put("VPCId", s.vpcId());
        m.put("VPCName", vpc == null ? "" : vpc.name());
        m.put("Zone", s.zone());
        m.put("Tag", s.tag());
        m.put("Remark", s.description());
        m.put("SubnetType", 2);
        m.put("Subnet", Cidr.format(c.network()));
        m.put("Netmask", String.valueOf(c.prefix()));
        m.put("Gateway", Cidr.format(c.network() + 1));
        m.put("CreateTime", UcloudViews.unix(s.createdAt()));
        m.put("HasNATGW", false);
        m.put("IPv6Network", "");
        if (availableIps != null) m.put("AvailableIPs", availableIps);
        return m;
    }

    /** SubnetResource of a host. */
    public static Map<String, Object> subnetResource(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", i.name());
        m.put("ResourceId", i.id());
        m.put("ResourceType", "uhost");
        m.put("IP", i.privateIp());
        m.put("SubResourceId", "");
        m.put("SubResourceName", "");
        m.put("SubResourceType", "");
        m.put("IPv6Address", "");
        return m;
    }

    /** FirewallDataSet. */
    public static Map<String, Object> firewall(FirewallService.View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("FWId", v.firewall().id());
        m.put("GroupId", v.firewall().groupId());
        m.put("Name", v.firewall().name());
        m.put("Tag", v.firewall().tag());
        m.put("Remark", v.firewall().remark());
        m.put("ResourceCount", v.resourceCount());
        m.put("CreateTime", UcloudViews.unix(v.firewall().createdAt()));
        m.put("Type", v.firewall().type());
        m.put("Rule", v.rules().stream().map(NetworkViews::firewallRule).toList());
        return m;
    }

    /** FirewallRuleSet: Priority as the word (HIGH, MEDIUM, LOW), a string as the SDK models have it. */
    public static Map<String, Object> firewallRule(FirewallRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ProtocolType", r.protocol());
        m.put("DstPort", r.dstPort());
        m.put("SrcIP", r.srcIp());
        m.put("RuleAction", r.action());
        m.put("Priority", r.priority());
        m.put("Remark", r.remark());
        return m;
    }

    /** ResourceSet of DescribeFirewallResource, for a host. Zone and Status are integers in UCloud's model. */
    public static Map<String, Object> firewallResource(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ResourceID", i.id());
        m.put("ResourceType", "uhost");
        m.put("Name", i.name());
        m.put("PrivateIP", UcloudViews.address(i));
        m.put("Remark", i.description());
        m.put("Tag", i.tag());
        m.put("Zone", 0);
        m.put("Status", 0);
        m.put("SubResourceId", "");
        m.put("SubResourceName", "");
        m.put("SubResourceType", "");
        return m;
    }
}
