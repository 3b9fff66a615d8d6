package io.cloudtwin.dialect.ucloud.unet;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.nat.NatLinkService;
import io.cloudtwin.core.security.Firewall;
import io.cloudtwin.core.security.FirewallFilter;
import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.unet.api.CreateFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.CreateFirewallResponse;
import io.cloudtwin.dialect.ucloud.unet.api.DeleteFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeFirewallResourceRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeFirewallResourceResponse;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeFirewallResponse;
import io.cloudtwin.dialect.ucloud.unet.api.DisassociateFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.FirewallDataSet;
import io.cloudtwin.dialect.ucloud.unet.api.FirewallRuleSet;
import io.cloudtwin.dialect.ucloud.unet.api.GrantFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.ResourceSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnetApi;
import io.cloudtwin.dialect.ucloud.unet.api.UpdateFirewallAttributeRequest;
import io.cloudtwin.dialect.ucloud.unet.api.UpdateFirewallRequest;
import io.cloudtwin.dialect.ucloud.unet.api.UpdateFirewallResponse;

/** UNet firewalls ("security groups" of the classic network): rules as "TCP|22|0.0.0.0/0|ACCEPT|HIGH" strings. */
@Component
public record Firewalls(FirewallService firewalls, LoadBalancerService lbs, NatLinkService nats)
        implements UnetApi.CreateFirewall, UnetApi.DescribeFirewall, UnetApi.DescribeFirewallResource,
        UnetApi.UpdateFirewall, UnetApi.UpdateFirewallAttribute, UnetApi.GrantFirewall, UnetApi.DeleteFirewall,
        UnetApi.DisassociateFirewall {
    /** The ResourceTypes of a NAT gateway: the doc's unatgw, and natgw, which Terraform's provider sends. */
    private static final Set<String> NATGW = Set.of("unatgw", "natgw");

    /** Rule.N, Name (unique in the region and project: 4364), Tag, Remark -> FWId. */
    @Override
    public CreateFirewallResponse createFirewall(UcloudCall call, CreateFirewallRequest r) {
        Firewall f = firewalls.create(call.scope(), text(r.name(), "Name", NAME), text(r.tag(), "Default", "Tag", TAG),
                text(r.remark(), "", "Remark", REMARK), rules(r.rule()));
        return new CreateFirewallResponse().setFwId(f.id());
    }

    /**
     * FWId, ResourceType + ResourceId (the firewall of that resource), Offset, Limit -> DataSet, TotalCount. The scope's
     * two recommended firewalls always exist (made on the first call): Terraform's provider checks for them before it
     * creates a ucloud_instance without security_group. An unknown FWId is 54002, the code that provider reads as
     * "not found"; a resource without a firewall gives an empty DataSet (ResourceType ulb: the ULB's, as
     * ucloud_lb reads its security_group; unatgw: the NAT gateway's).
     */
    @Override
    public DescribeFirewallResponse describeFirewall(UcloudCall call, DescribeFirewallRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), 10_000_000);
        if (r.resourceId() != null && r.resourceType() != null
                && (r.resourceType().equalsIgnoreCase("ulb") || NATGW.contains(r.resourceType()))) {
            String applied = r.resourceType().equalsIgnoreCase("ulb") ? lbs.firewallOf(call.scope(), r.resourceId())
                    : nats.firewallOf(call.scope(), r.resourceId());
            if (applied == null) return new DescribeFirewallResponse().setTotalCount(0).setDataSet(List.of());
            var page = firewalls.list(call.scope(), new FirewallFilter(applied, null), 0, 1);
            return new DescribeFirewallResponse().setTotalCount(UcloudFormats.total(page))
                    .setDataSet(page.items().stream().map(Firewalls::firewall).toList());
        }
        if (r.resourceId() != null && r.resourceType() != null && !r.resourceType().equals("uhost")) {
            return new DescribeFirewallResponse().setTotalCount(0).setDataSet(List.of()); // hosts, ULBs, NATGWs only
        }
        if (r.fwId() != null) firewalls.get(call.scope(), r.fwId());
        var page = firewalls.list(call.scope(), new FirewallFilter(r.fwId(), r.resourceId()), window.offset(), window.limit());
        return new DescribeFirewallResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(Firewalls::firewall).toList());
    }

    /** FWId, Offset, Limit (at most 1000) -> ResourceSet, TotalCount: the hosts using the firewall. */
    @Override
    public DescribeFirewallResourceResponse describeFirewallResource(UcloudCall call, DescribeFirewallResourceRequest r) {
        var page = firewalls.resources(call.scope(), r.fwId(), UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 1000));
        return new DescribeFirewallResourceResponse().setTotalCount(UcloudFormats.total(page))
                .setResourceSet(page.items().stream().map(Firewalls::resource).toList());
    }

    /** FWId, Rule.N: the firewall's rules become exactly these -> FWId. */
    @Override
    public UpdateFirewallResponse updateFirewall(UcloudCall call, UpdateFirewallRequest r) {
        firewalls.replaceRules(call.scope(), r.fwId(), rules(r.rule()));
        return new UpdateFirewallResponse().setFwId(r.fwId());
    }

    /** FWId, Name, Tag, Remark: what is given changes (a taken Name: 4364). */
    @Override
    public void updateFirewallAttribute(UcloudCall call, UpdateFirewallAttributeRequest r) {
        firewalls.updateAttributes(call.scope(), r.fwId(), text(r.name(), "Name", NAME), text(r.tag(), "Tag", TAG),
                text(r.remark(), "Remark", REMARK));
    }

    /**
     * FWId, ResourceType, ResourceId: the resource's firewall becomes this one (a host has exactly one: the previous
     * one is replaced); a ULB (ResourceType ulb) and a NAT gateway (unatgw, or natgw as Terraform's provider sends it:
     * an unknown one is 54002) have at most one. Other ResourceTypes name nothing served here.
     */
    @Override
    public void grantFirewall(UcloudCall call, GrantFirewallRequest r) {
        if (r.resourceType().equalsIgnoreCase("ulb")) {
            lbs.grantFirewall(call.scope(), r.resourceId(), r.fwId());
            return;
        }
        if (NATGW.contains(r.resourceType())) {
            nats.grantFirewall(call.scope(), r.resourceId(), r.fwId());
            return;
        }
        if (!r.resourceType().equals("uhost")) {
            firewalls.get(call.scope(), r.fwId());
            throw call.error(UcloudRetCode.RESOURCE_NOT_FOUND, r.resourceId());
        }
        firewalls.grant(call.scope(), r.fwId(), r.resourceId());
    }

    /** FWId: 4600 unknown, 4358 a recommended firewall, 4361 while applied to a resource. */
    @Override
    public void deleteFirewall(UcloudCall call, DeleteFirewallRequest r) {
        firewalls.delete(call.scope(), r.fwId());
    }

    /**
     * FWId, ResourceId, ResourceType. UCloud documents this action for load balancers only: a host always keeps a
     * firewall and changes it with GrantFirewall. So an unknown FWId is 4600, a ResourceType other than ULB 230; the
     * ULB loses the firewall when it is the one applied to it (else 4600), an unknown ULB is 4103.
     */
    @Override
    public void disassociateFirewall(UcloudCall call, DisassociateFirewallRequest r) {
        firewalls.get(call.scope(), r.fwId());
        if (!r.resourceType().equalsIgnoreCase("ULB")) throw call.invalid("ResourceType");
        lbs.removeFirewall(call.scope(), r.resourceId(), r.fwId());
    }

    /** The Rule.N strings ("TCP|22|0.0.0.0/0|ACCEPT|HIGH"), parsed by the core. */
    private static List<FirewallRule> rules(List<String> rules) {
        return rules.stream().map(FirewallRule::parse).toList();
    }

    /** FirewallDataSet. */
    private static FirewallDataSet firewall(FirewallService.View v) {
        Firewall f = v.firewall();
        return new FirewallDataSet().setFwId(f.id()).setGroupId(f.groupId()).setName(f.name()).setTag(f.tag())
                .setRemark(f.remark()).setResourceCount(UcloudFormats.count(v.resourceCount()))
                .setCreateTime(unix(f.createdAt())).setType(f.type())
                .setRule(v.rules().stream().map(Firewalls::rule).toList());
    }

    /** FirewallRuleSet: Priority as the word (HIGH, MEDIUM, LOW), a string as the SDK models have it. */
    private static FirewallRuleSet rule(FirewallRule r) {
        return new FirewallRuleSet().setProtocolType(r.protocol()).setDstPort(r.dstPort()).setSrcIP(r.srcIp())
                .setRuleAction(r.action()).setPriority(r.priority()).setRemark(r.remark());
    }

    /** ResourceSet of a host. Zone and Status are ints in UCloud's model. */
    private static ResourceSet resource(Instance i) {
        return new ResourceSet().setResourceID(i.id()).setResourceType("uhost").setName(i.name())
                .setPrivateIP(UcloudFormats.address(i)).setRemark(i.description()).setTag(i.tag()).setZone(0)
                .setStatus(0).setSubResourceId("").setSubResourceName("").setSubResourceType("");
    }
}
