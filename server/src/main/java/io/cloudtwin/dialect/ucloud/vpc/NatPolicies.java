package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.empty;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.nat.ForwardEntry;
import io.cloudtwin.core.nat.NatGateway;
import io.cloudtwin.core.nat.NatLinkService;
import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.core.nat.SnatEntry;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AddSnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNATGWPolicyRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNATGWPolicyResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNATGWPolicyRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNATGWPolicyRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNATGWPolicyResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSnatRuleResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForPolicyDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForPolicyRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForPolicyResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForSnatRuleDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForSnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForSnatRuleResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.NATGWPolicyDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.NATGWSnatRule;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNATGWPolicyRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSnatRuleRequest;

/**
 * A NAT gateway's port-forwarding policies (the core's forward entries: an EIP's port or range to a host's) and SNAT
 * rules (the core's SNAT entries of one source address), under the gateway's row lock: an EIP's port is forwarded
 * once per protocol (a range overlapping another is refused: 230), a source address has one SNAT rule. A policy or
 * rule names a host standing in the gateway's subnets (those GetAvailableResourceForPolicy lists) and an EIP bound to
 * the gateway, which cannot be unbound while they use it (4203). They go with their gateway (DeleteNATGW documents
 * no refusal). An unknown NATGWId is 54002, as for the gateway itself.
 */
@Component
public record NatPolicies(NatLinkService gateways, NatService nat, NetworkService networks)
        implements UcloudVpcApi.CreateNATGWPolicy, UcloudVpcApi.DescribeNATGWPolicy, UcloudVpcApi.UpdateNATGWPolicy,
        UcloudVpcApi.DeleteNATGWPolicy, UcloudVpcApi.GetAvailableResourceForPolicy, UcloudVpcApi.AddSnatRule,
        UcloudVpcApi.UpdateSnatRule, UcloudVpcApi.DeleteSnatRule, UcloudVpcApi.DescribeSnatRule,
        UcloudVpcApi.GetAvailableResourceForSnatRule {
    /** DescribeNATGWPolicy's default Limit, the largest page these answers give. */
    private static final int MAX_LIMIT = 10_000;
    /** AddSnatRule's documented default Name ("exit rule"). */
    private static final String SNAT_RULE_NAME = "出口规则";

    @Override
    public CreateNATGWPolicyResponse createNATGWPolicy(UcloudCall call, CreateNATGWPolicyRequest r) {
        ForwardEntry e = gateways.createPolicy(call.scope(), r.natgwId(), Ids.random("policy-", 8),
                policy(call, r.protocol(), r.srcEIPId(), r.srcPort(), r.dstIP(), r.dstPort(), r.policyName()));
        return new CreateNATGWPolicyResponse().setPolicyId(e.id());
    }

    @Override
    public DescribeNATGWPolicyResponse describeNATGWPolicy(UcloudCall call, DescribeNATGWPolicyRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        NatGateway g = nat.get(call.scope(), r.natgwId());
        Map<String, String> eipIds = nat.eipsOf(g.id()).stream()
                .collect(Collectors.toMap(ElasticIp::address, ElasticIp::id, (a, b) -> a));
        Page<ForwardEntry> page = nat.forwardEntries(call.scope(), new NatService.EntryFilter(g.id(), null, null), null,
                null, null, window.offset(), window.limit());
        List<NATGWPolicyDataSet> out = page.items().stream().map(e -> new NATGWPolicyDataSet().setNatgwId(g.id())
                .setPolicyId(e.id()).setProtocol(e.ipProtocol().toUpperCase(Locale.ROOT)).setSrcEIP(e.externalIp())
                .setSrcEIPId(eipIds.getOrDefault(e.externalIp(), "")).setSrcPort(e.externalPort())
                .setDstIP(e.internalIp()).setDstPort(e.internalPort()).setPolicyName(e.name())).toList();
        return new DescribeNATGWPolicyResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(out);
    }

    @Override
    public void updateNATGWPolicy(UcloudCall call, UpdateNATGWPolicyRequest r) {
        gateways.updatePolicy(call.scope(), r.natgwId(), r.policyId(),
                policy(call, r.protocol(), r.srcEIPId(), r.srcPort(), r.dstIP(), r.dstPort(), r.policyName()));
    }

    @Override
    public void deleteNATGWPolicy(UcloudCall call, DeleteNATGWPolicyRequest r) {
        nat.deleteForward(call.scope(), r.natgwId(), r.policyId());
    }

    @Override
    public GetAvailableResourceForPolicyResponse getAvailableResourceForPolicy(
            UcloudCall call, GetAvailableResourceForPolicyRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        List<Instance> hosts = gateways.hosts(call.scope(), r.natgwId());
        return new GetAvailableResourceForPolicyResponse().setTotalCount(hosts.size()).setDataSet(window.of(hosts).stream()
                .map(i -> new GetAvailableResourceForPolicyDataSet().setResourceId(i.id())
                        .setPrivateIP(UcloudFormats.address(i)).setResourceType("uhost")).toList());
    }

    // ---- SNAT rules

    @Override
    public void addSnatRule(UcloudCall call, AddSnatRuleRequest r) {
        gateways.addSnatRule(call.scope(), r.natgwId(), address(call, r.sourceIp(), "SourceIp"),
                address(call, r.snatIp(), "SnatIp"), text(r.name(), SNAT_RULE_NAME, "Name", NAME));
    }

    @Override
    public void updateSnatRule(UcloudCall call, UpdateSnatRuleRequest r) {
        gateways.updateSnatRule(call.scope(), r.natgwId(), address(call, r.sourceIp(), "SourceIp"),
                address(call, r.snatIp(), "SnatIp"), text(r.name(), "Name", NAME));
    }

    @Override
    public void deleteSnatRule(UcloudCall call, DeleteSnatRuleRequest r) {
        gateways.deleteSnatRule(call.scope(), r.natgwId(), address(call, r.sourceIp(), "SourceIp"));
    }

    @Override
    public DescribeSnatRuleResponse describeSnatRule(UcloudCall call, DescribeSnatRuleRequest r) {
        int offset = UcloudFormats.offset(number(call, r.offset(), "Offset"));
        int limit = UcloudFormats.limit(number(call, r.limit(), "Limit"), MAX_LIMIT);
        NatGateway g = nat.get(call.scope(), r.natgwId());
        String source = empty(r.sourceIp()) ? null : NatLinkService.sourceKey(address(call, r.sourceIp(), "SourceIp"));
        List<SnatEntry> all = nat.snatEntries(call.scope(), new NatService.EntryFilter(g.id(), null, null), null,
                source, 0, MAX_LIMIT).items().stream()
                .filter(e -> empty(r.snatIp()) || e.snatIps().equals(r.snatIp())).toList();
        List<Subnet> subnets = gateways.of(call.scope(), g.id()).subnetIds().stream()
                .map(s -> networks.subnet(call.scope(), s)).toList();
        List<NATGWSnatRule> out = new ArrayList<>();
        for (SnatEntry e : all.stream().skip(offset).limit(limit).toList()) {
            String ip = e.sourceCidr().substring(0, e.sourceCidr().indexOf('/'));
            long a = Cidr.address(ip);
            String subnet = subnets.stream().filter(s -> Cidr.parse(s.cidrBlock()).contains(a)).map(Subnet::id)
                    .findFirst().orElse("");
            out.add(new NATGWSnatRule().setSourceIp(ip).setSnatIp(e.snatIps()).setSubnetworkId(subnet)
                    .setName(e.name()));
        }
        return new DescribeSnatRuleResponse().setDataSet(out).setTotalCount(all.size());
    }

    @Override
    public GetAvailableResourceForSnatRuleResponse getAvailableResourceForSnatRule(
            UcloudCall call, GetAvailableResourceForSnatRuleRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        List<Instance> hosts = gateways.hosts(call.scope(), r.natgwId());
        Function<Instance, GetAvailableResourceForSnatRuleDataSet> row = i -> new GetAvailableResourceForSnatRuleDataSet()
                .setResourceId(i.id()).setResourceName(i.name()).setPrivateIP(UcloudFormats.address(i))
                .setResourceType("uhost").setSubnetworkId(i.subnetId()).setVpcId(i.vpcId());
        return new GetAvailableResourceForSnatRuleResponse().setTotalCount(hosts.size())
                .setDataSet(window.of(hosts).stream().map(row).toList());
    }

    // ---- checks

    /**
     * A policy in the core's words (protocol lower-case), its ports checked as UCloud writes them: one port or a range
     * "from-to" of 1-65535, SrcPort and DstPort of one length (230 naming the port otherwise).
     */
    private static NatLinkService.Policy policy(UcloudCall call, String protocol, String eipId, String srcPort,
                                                String dstIp, String dstPort, String name) {
        int[] src = ports(call, srcPort, "SrcPort");
        int[] dst = ports(call, dstPort, "DstPort");
        if (src[1] - src[0] != dst[1] - dst[0]) throw call.invalid("DstPort");
        return new NatLinkService.Policy(eipId, protocol.toLowerCase(Locale.ROOT), srcPort,
                address(call, dstIp, "DstIP"), dstPort, text(name, "", "PolicyName", NAME));
    }

    private static int[] ports(UcloudCall call, String value, String param) {
        try {
            return Cidr.ports(value, "-");
        } catch (IllegalArgumentException e) {
            throw call.invalid(param);
        }
    }

    /** An IPv4 address as given (230 naming param when it is none). */
    private static String address(UcloudCall call, String value, String param) {
        try {
            Cidr.address(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw call.invalid(param);
        }
    }

    /** A number sent as a string (DescribeSnatRule's Offset and Limit); null when absent. */
    private static Integer number(UcloudCall call, String value, String param) {
        if (empty(value)) return null;
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw call.invalid(param);
        }
    }
}
