package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.core.vpn.VpnGateway;
import io.cloudtwin.core.vpn.VpnGatewayService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnGatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpnGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewaysRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewaysResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnGatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnGatewayAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.MoveVpnResourceGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * VPN gateways (alicloud_vpn_gateway): in a VPC (and one of its vSwitches when named), active at once with an address
 * of the public pool; not deleted while a VPN connection joins one. MoveVpnResourceGroup moves the three VPN kinds.
 */
@Component
record VpnGateways(VpnGatewayService gateways, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateVpnGateway, VpcApi.DescribeVpnGateway, VpcApi.DescribeVpnGateways,
        VpcApi.ModifyVpnGatewayAttribute, VpcApi.DeleteVpnGateway, VpcApi.MoveVpnResourceGroup {
    /** The bandwidths (Mbit/s) a gateway is sold in, which are also the SSL client counts it takes. */
    private static final Set<Integer> SPECS = Set.of(5, 10, 20, 50, 100, 200, 500, 1000);
    private static final Set<Integer> PREPAID_MONTHS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36);
    /** InstanceChargeType as requested, to ChargeType as answered. */
    private static final Map<String, String> CHARGE_TYPES = Map.of("POSTPAY", "PostpayByFlow", "PREPAY", "Prepay");
    private static final Set<String> VPN_TYPES = Set.of("Normal", "NationalStandard");
    private static final Set<String> NETWORK_TYPES = Set.of("public", "private");
    /** MoveVpnResourceGroup's ResourceType, in any case (the provider sends VpnGateWay). */
    private static final Map<String, ResourceType> KINDS = Map.of("vpngateway", ResourceType.VPN_GATEWAY,
            "customergateway", ResourceType.CUSTOMER_GATEWAY, "vpnconnection", ResourceType.VPN_CONNECTION);

    @Override
    public CreateVpnGatewayResponse createVpnGateway(AliyunCall call, CreateVpnGatewayRequest r) {
        var scope = call.scope();
        if (!SPECS.contains(r.bandwidth())) throw call.error("InvalidSpec.NotFound");
        boolean ipsec = r.enableIpsec() == null || r.enableIpsec();
        boolean ssl = Boolean.TRUE.equals(r.enableSsl());
        if (!ipsec && !ssl) throw call.error("InvalidVpnEnable");
        if (r.sslConnections() != null && !ssl) throw call.error("UnnecessarySslConnection");
        if (r.sslConnections() != null && !SPECS.contains(r.sslConnections())) throw call.invalid("SslConnections");
        String charge = CHARGE_TYPES.get(r.instanceChargeType() == null ? "POSTPAY" : r.instanceChargeType());
        if (charge == null) throw call.error("ChargeType.NotSupport");
        if (charge.equals("Prepay") && r.period() != null && !PREPAID_MONTHS.contains(r.period())) {
            throw call.error("InvalidPeriod");
        }
        String vpnType = choice(call, "VpnType", r.vpnType(), VPN_TYPES, "Normal");
        String network = choice(call, "NetworkType", r.networkType(), NETWORK_TYPES, "public");
        String name = AliyunFormats.name(call, "Name", r.name());
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new VpnGatewayService.NewVpnGateway(r.vpcId(), AliyunFormats.orNull(r.vSwitchId()), name,
                "", r.bandwidth(), ipsec, ssl, r.sslConnections() == null ? 5 : r.sslConnections(), vpnType, network,
                charge, null);
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.VPN_GATEWAY, group,
                () -> gateways.create(scope, Ids.random("vpn-", 20), spec, Map.of()).id()));
        return new CreateVpnGatewayResponse().setVpnGatewayId(id).setName(name)
                .setOrderId((long) Ids.number(100_000_000, 999_999_999));
    }

    @Override
    public DescribeVpnGatewayResponse describeVpnGateway(AliyunCall call, DescribeVpnGatewayRequest r) {
        VpnGateway g = gateways.get(call.scope(), r.vpnGatewayId());
        var out = VpcVpn.details(VpcVpn.gateway(new DescribeVpnGatewayResponse(), g, group(call, g.id())), g);
        return out.setTags(AliyunFormats.keyValueTags(tags.of(g.id()),
                DescribeVpnGatewayResponse.Tag::new));
    }

    @Override
    public DescribeVpnGatewaysResponse describeVpnGateways(AliyunCall call, DescribeVpnGatewaysRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.VPN_GATEWAY, r.vpnGatewayId(), r.tag(), r.resourceGroupId());
        boolean none = wanted.isEmpty() || !(blank(r.status()) || r.status().equals(VpcVpn.ACTIVE))
                || !(blank(r.businessStatus()) || r.businessStatus().equals(VpcVpn.NORMAL));
        var paging = call.paging(10);
        Page<VpnGateway> page = none ? new Page<>(List.of(), 0) : gateways.list(scope, wanted.get(),
                AliyunFormats.orNull(r.vpcId()), paging.offset(), paging.limit());
        List<String> ids = page.items().stream().map(VpnGateway::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var out = new DescribeVpnGatewaysResponse().setVpnGateways(AliyunFormats.each(page.items(),
                DescribeVpnGatewaysResponse.VpnGateway::new, (item, g) -> VpcVpn.details(VpcVpn.gateway(item, g,
                        grouped.get(g.id())), g).setTags(AliyunFormats.keyValueTags(tagged.get(g.id()),
                        DescribeVpnGatewaysResponse.Tag::new))));
        return call.paged(out, paging, page.total());
    }

    @Override
    public ModifyVpnGatewayAttributeResponse modifyVpnGatewayAttribute(AliyunCall call,
                                                                       ModifyVpnGatewayAttributeRequest r) {
        String name = r.name() == null ? null : AliyunFormats.name(call, "Name", r.name());
        String description = r.description() == null ? null
                : AliyunFormats.description(call, "Description", r.description());
        VpnGateway g = gateways.update(call.scope(), r.vpnGatewayId(), name, description, r.autoPropagate());
        return VpcVpn.gateway(new ModifyVpnGatewayAttributeResponse(), g, group(call, g.id()));
    }

    @Override
    public void deleteVpnGateway(AliyunCall call, DeleteVpnGatewayRequest r) {
        gateways.delete(call.scope(), r.vpnGatewayId());
    }

    @Override
    public void moveVpnResourceGroup(AliyunCall call, MoveVpnResourceGroupRequest r) {
        String group = call.resourceGroup(r.newResourceGroupId());
        ResourceType kind = KINDS.get(r.resourceType().toLowerCase(Locale.ROOT));
        if (kind == null) throw call.error("IllegalParam.ResourceType");
        tags.regroup(call.scope(), kind, r.instanceId(), group);
    }

    private String group(AliyunCall call, String id) {
        return tags.group(id, call.defaultResourceGroup());
    }

    private static String choice(AliyunCall call, String parameter, String given, Set<String> allowed,
                                 String otherwise) {
        if (blank(given)) return otherwise;
        if (!allowed.contains(given)) throw call.invalid(parameter);
        return given;
    }
}
