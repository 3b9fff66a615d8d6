package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.network.Ipv6Address;
import io.cloudtwin.core.network.Ipv6AddressService;
import io.cloudtwin.core.network.Ipv6Bandwidth;
import io.cloudtwin.core.network.Ipv6InternetService;
import io.cloudtwin.core.network.Ipv6Blocks;
import io.cloudtwin.core.network.Ipv6GatewayService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateIpv6AddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateIpv6AddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateIpv6InternetBandwidthRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateIpv6InternetBandwidthResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv6EgressOnlyRuleRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv6EgressOnlyRuleResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteIpv6EgressOnlyRuleRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteIpv6InternetBandwidthRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6AddressesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6AddressesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6EgressOnlyRulesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6EgressOnlyRulesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyIpv6AddressAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyIpv6InternetBandwidthRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseIpv6AddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The VPC product's view of the IPv6 addresses ECS gives instances and network interfaces
 * (alicloud_vpc_ipv6_addresses), the ones it gives out of a vSwitch on their own (alicloud_vpc_ipv6_address:
 * AllocateIpv6Address, named and released here; tags not served) and their way out through the VPC's IPv6 gateway:
 * public bandwidth (alicloud_vpc_ipv6_internet_bandwidth) and an egress-only rule (alicloud_vpc_ipv6_egress_rule),
 * one each an address, made at once and gone with the address; a gateway with either is not deleted.
 */
@Component
record Ipv6Addresses(Ipv6InternetService internet, Ipv6GatewayService gateways, Ipv6AddressService addresses,
                     ClientTokens tokens)
        implements VpcApi.DescribeIpv6Addresses, VpcApi.AllocateIpv6Address, VpcApi.ModifyIpv6AddressAttribute,
        VpcApi.ReleaseIpv6Address, VpcApi.AllocateIpv6InternetBandwidth,
        VpcApi.ModifyIpv6InternetBandwidth, VpcApi.DeleteIpv6InternetBandwidth, VpcApi.CreateIpv6EgressOnlyRule,
        VpcApi.DescribeIpv6EgressOnlyRules, VpcApi.DeleteIpv6EgressOnlyRule {
    private static final String PAY_BY_BANDWIDTH = "PayByBandwidth";
    /** The most Mbps each charge type takes. */
    private static final Map<String, Integer> MAX_MBPS = Map.of(PAY_BY_BANDWIDTH, 5000, "PayByTraffic", 1000);
    private static final Set<String> NETWORK_TYPES = Set.of("Public", "Private");
    /** The only kind an egress-only rule is for. */
    private static final String IPV6_ADDRESS = "IPv6Address";
    /** AssociatedInstanceType of an instance's primary interface's address. */
    private static final String INSTANCE = "EcsInstance";
    /** AssociatedInstanceType of a secondary interface's address. */
    private static final String INTERFACE = "NetworkInterface";

    @Override
    public DescribeIpv6AddressesResponse describeIpv6Addresses(AliyunCall call, DescribeIpv6AddressesRequest r) {
        var scope = call.scope();
        String address = canonical(call, r.ipv6Address(), "IllegalParam.Ipv6Address");
        if (!blank(r.networkType()) && !NETWORK_TYPES.contains(r.networkType())) {
            throw call.error("IllegalParam.NetworkType", r.networkType());
        }
        String type = r.associatedInstanceType();
        if (!blank(type) && !type.equals(INSTANCE) && !type.equals(INTERFACE)) {
            throw call.firstError("AssociatedInstanceType", "IllegalParam.AssociatedInstanceType");
        }
        var paging = call.paging(10);
        var out = new DescribeIpv6AddressesResponse();
        var page = internet.list(scope, new Ipv6Address.Filter(nullIfBlank(r.ipv6AddressId()), address,
                nullIfBlank(r.associatedInstanceId()), blank(type) ? null : type.equals(INSTANCE),
                nullIfBlank(r.vpcId()), nullIfBlank(r.vSwitchId()), nullIfBlank(r.ipv6InternetBandwidthId()),
                blank(r.networkType()) ? null : r.networkType().equals("Public"), nullIfBlank(r.name())),
                paging.offset(), paging.limit());
        call.paged(out, paging, page.total());
        List<Ipv6Address> shown = page.items();
        var gatewayOf = gateways.ofVpcs(shown.stream().map(Ipv6Address::vpcId).toList());
        return out.setIpv6Addresses(AliyunFormats.each(shown, DescribeIpv6AddressesResponse.Ipv6Address::new,
                (item, a) -> item.setIpv6AddressId(a.id()).setIpv6Address(a.address()).setVpcId(a.vpcId())
                        .setVSwitchId(a.subnetId()).setAssociatedInstanceId(a.ownerId())
                        .setAssociatedInstanceType(a.standalone() ? "" : a.instanceHeld() ? INSTANCE : INTERFACE)
                        .setStatus("Available")
                        .setAllocationTime(AliyunFormats.time(a.createdAt())).setIpv6AddressName(a.name())
                        .setIpv6AddressDescription(a.description()).setIpv6Isp(AliyunFormats.nz(a.isp()))
                        .setIpv6GatewayId(gatewayOf.getOrDefault(a.vpcId(), ""))
                        .setNetworkType(a.bandwidth() == null ? "Private" : "Public")
                        .setRealBandwidth(a.bandwidth() == null ? 0 : a.bandwidth().bandwidth())
                        .setIpv6InternetBandwidth(bandwidth(a.bandwidth())).setResourceGroupId("")
                        .setServiceManaged(0)));
    }

    @Override
    public AllocateIpv6AddressResponse allocateIpv6Address(AliyunCall call, AllocateIpv6AddressRequest r) {
        var scope = call.scope();
        if (!r.tag().isEmpty()) throw call.firstError("Tag");
        if (!blank(r.resourceGroupId()) && !r.resourceGroupId().equals(call.defaultResourceGroup())) {
            throw call.firstError("ResourceGroupId");
        }
        String wanted = canonical(call, r.ipv6Address(), "IllegalParam.IpAddress");
        String name = AliyunFormats.name(r.ipv6AddressName(), () -> call.firstError("Ipv6AddressName"));
        String description = AliyunFormats.description(r.ipv6AddressDescription(),
                () -> call.firstError("Ipv6AddressDescription"));
        String id = call.once(tokens, scope, r.clientToken(), () -> addresses.allocate(scope, r.vSwitchId(), wanted,
                name, description).id());
        Ipv6Address made = addresses.get(scope, id);
        return new AllocateIpv6AddressResponse().setIpv6AddressId(made.id()).setIpv6Address(made.address())
                .setResourceGroupId(call.defaultResourceGroup());
    }

    @Override
    public void modifyIpv6AddressAttribute(AliyunCall call, ModifyIpv6AddressAttributeRequest r) {
        AliyunFormats.name(r.name(), () -> call.error("IllegalParam.Name", r.name()));
        AliyunFormats.description(r.description(), () -> call.error("IllegalParam.Description", r.description()));
        addresses.describe(call.scope(), r.ipv6AddressId(), r.name(), r.description());
    }

    @Override
    public void releaseIpv6Address(AliyunCall call, ReleaseIpv6AddressRequest r) {
        addresses.release(call.scope(), r.ipv6AddressId());
    }

    /** An IPv6 address as given, in its shortest form (null: none given); not one: the action's code for that. */
    private static String canonical(AliyunCall call, String given, String malformed) {
        if (blank(given)) return null;
        try {
            return Ipv6Blocks.canonical(given);
        } catch (DomainException notOne) {
            throw call.error(malformed, given);
        }
    }

    private static DescribeIpv6AddressesResponse.Ipv6InternetBandwidth bandwidth(Ipv6Bandwidth b) {
        var out = new DescribeIpv6AddressesResponse.Ipv6InternetBandwidth();
        if (b == null) return out;
        return out.setIpv6InternetBandwidthId(b.id()).setBandwidth(b.bandwidth())
                .setInternetChargeType(b.internetChargeType()).setBusinessStatus("Normal")
                .setInstanceChargeType("PostPaid").setHasReservationData(false);
    }

    @Override
    public AllocateIpv6InternetBandwidthResponse allocateIpv6InternetBandwidth(AliyunCall call,
                                                                               AllocateIpv6InternetBandwidthRequest r) {
        var scope = call.scope();
        String chargeType = AliyunFormats.or(r.internetChargeType(), PAY_BY_BANDWIDTH);
        if (!MAX_MBPS.containsKey(chargeType)) throw call.error("IllegalParam.InternetChargeType", chargeType);
        int mbps = mbps(call, r.bandwidth() == null ? null : r.bandwidth().longValue(), chargeType);
        String id = call.once(tokens, scope, r.clientToken(), () -> internet.allocate(scope,
                Ids.random("ipv6bw-", 20), r.ipv6AddressId(), r.ipv6GatewayId(), mbps, chargeType).id());
        return new AllocateIpv6InternetBandwidthResponse().setInternetBandwidthId(id)
                .setIpv6AddressId(r.ipv6AddressId());
    }

    @Override
    public void modifyIpv6InternetBandwidth(AliyunCall call, ModifyIpv6InternetBandwidthRequest r) {
        var scope = call.scope();
        if (blank(r.ipv6AddressId()) == blank(r.ipv6InternetBandwidthId())) {
            throw call.error(blank(r.ipv6AddressId()) ? "MissingParam.Ipv6InstanceId"
                    : "ParamExclusive.Ipv6AddressIdAndIpv6InternetBandwidthId");
        }
        String chargeType = internet.find(scope, nullIfBlank(r.ipv6InternetBandwidthId()),
                nullIfBlank(r.ipv6AddressId())).map(Ipv6Bandwidth::internetChargeType).orElse(PAY_BY_BANDWIDTH);
        int mbps = mbps(call, r.bandwidth(), chargeType);
        internet.modify(scope, nullIfBlank(r.ipv6InternetBandwidthId()), nullIfBlank(r.ipv6AddressId()), mbps);
    }

    @Override
    public void deleteIpv6InternetBandwidth(AliyunCall call, DeleteIpv6InternetBandwidthRequest r) {
        if (blank(r.ipv6AddressId()) && blank(r.ipv6InternetBandwidthId())) {
            throw call.error("BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId");
        }
        internet.delete(call.scope(), nullIfBlank(r.ipv6InternetBandwidthId()),
                nullIfBlank(r.ipv6AddressId()));
    }

    @Override
    public CreateIpv6EgressOnlyRuleResponse createIpv6EgressOnlyRule(AliyunCall call,
                                                                     CreateIpv6EgressOnlyRuleRequest r) {
        var scope = call.scope();
        if (!blank(r.instanceType()) && !r.instanceType().equals(IPV6_ADDRESS)) {
            throw call.error("IllegalParam.InstanceType", r.instanceType());
        }
        String name = AliyunFormats.name(call, "Name", r.name());
        String description = AliyunFormats.description(call, "Description", r.description());
        String id = call.once(tokens, scope, r.clientToken(), () -> internet.createEgressRule(scope,
                Ids.random("ipv6py-", 20), r.ipv6GatewayId(), r.instanceId(), name, description).id());
        return new CreateIpv6EgressOnlyRuleResponse().setIpv6EgressRuleId(id);
    }

    @Override
    public DescribeIpv6EgressOnlyRulesResponse describeIpv6EgressOnlyRules(AliyunCall call,
                                                                           DescribeIpv6EgressOnlyRulesRequest r) {
        var paging = call.paging(10);
        var out = new DescribeIpv6EgressOnlyRulesResponse();
        if (!blank(r.instanceType()) && !r.instanceType().equals(IPV6_ADDRESS)) {
            call.paged(out, paging, 0);
            return out.setIpv6EgressOnlyRules(List.of());
        }
        var page = internet.egressRules(call.scope(), r.ipv6GatewayId(),
                nullIfBlank(r.ipv6EgressOnlyRuleId()), nullIfBlank(r.instanceId()), nullIfBlank(r.name()),
                paging.offset(), paging.limit());
        call.paged(out, paging, page.total());
        return out.setIpv6EgressOnlyRules(AliyunFormats.each(page.items(),
                DescribeIpv6EgressOnlyRulesResponse.Ipv6EgressOnlyRule::new,
                (item, rule) -> item.setIpv6EgressOnlyRuleId(rule.id()).setInstanceId(rule.ipv6AddressId())
                        .setInstanceType(IPV6_ADDRESS).setName(rule.name()).setDescription(rule.description())
                        .setStatus("Available")));
    }

    @Override
    public void deleteIpv6EgressOnlyRule(AliyunCall call, DeleteIpv6EgressOnlyRuleRequest r) {
        internet.deleteEgressRule(call.scope(), r.ipv6EgressOnlyRuleId());
    }

    /** Mbps from 1 to the charge type's most (IllegalParam.Bandwidth). */
    private static int mbps(AliyunCall call, Long given, String chargeType) {
        if (given == null) throw call.missing("Bandwidth");
        if (given < 1 || given > MAX_MBPS.get(chargeType)) throw call.error("IllegalParam.Bandwidth", "Bandwidth");
        return given.intValue();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s;
    }

}
