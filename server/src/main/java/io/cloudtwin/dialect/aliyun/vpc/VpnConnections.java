package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.core.vpn.CustomerGatewayService;
import io.cloudtwin.core.vpn.VpnConnection;
import io.cloudtwin.core.vpn.VpnConnectionService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpnConnectionResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpnConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnConnectionResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnConnectionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnConnectionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnConnectionAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpnConnectionAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * IPsec connections (alicloud_vpn_connection) of one tunnel from a VPN gateway to a customer gateway, one a pair:
 * State active at once, the tunnel itself never up (Status ike_sa_not_established), as no peer answers here. The
 * IKE, IPsec, health-check and BGP settings are kept as given over the cloud's defaults. Dual-tunnel connections
 * (TunnelOptionsSpecification) are not modelled.
 */
@Component
record VpnConnections(VpnConnectionService connections, CustomerGatewayService customerGateways, TagService tags,
                      ClientTokens tokens)
        implements VpcApi.CreateVpnConnection, VpcApi.DescribeVpnConnection, VpcApi.DescribeVpnConnections,
        VpcApi.ModifyVpnConnectionAttribute, VpcApi.DeleteVpnConnection {
    @Override
    public CreateVpnConnectionResponse createVpnConnection(AliyunCall call, CreateVpnConnectionRequest r) {
        var scope = call.scope();
        if (!r.tunnelOptionsSpecification().isEmpty()) throw call.invalid("TunnelOptionsSpecification");
        if (blank(r.customerGatewayId())) throw call.missing("CustomerGatewayId");
        var settings = settings(call, r.name(), r.localSubnet(), r.remoteSubnet(), r.effectImmediately(),
                r.enableDpd(), r.enableNatTraversal(), r.autoConfigRoute(), r.ikeConfig(), r.ipsecConfig(),
                r.healthCheckConfig(), r.bgpConfig(), r.remoteCaCertificate());
        var tagged = call.tags(r.tags());
        String id = call.once(tokens, scope, r.clientToken(), () -> connections.create(scope, Ids.random("vco-", 20),
                r.vpnGatewayId(), r.customerGatewayId(), settings, tagged).id());
        VpnConnection c = connections.get(scope, id);
        return new CreateVpnConnectionResponse().setVpnConnectionId(id).setName(c.name())
                .setCreateTime(AliyunFormats.millis(c.createdAt()));
    }

    @Override
    public DescribeVpnConnectionResponse describeVpnConnection(AliyunCall call, DescribeVpnConnectionRequest r) {
        var scope = call.scope();
        VpnConnection c = connections.get(scope, r.vpnConnectionId());
        var bgp = c.bgp();
        var out = VpcVpn.details(VpcVpn.connection(new DescribeVpnConnectionResponse(), c), c, group(call, c.id()));
        return out.setIkeConfig(VpcVpn.ike(new DescribeVpnConnectionResponse.IkeConfig(), c.ike()))
                .setIpsecConfig(VpcVpn.ipsec(new DescribeVpnConnectionResponse.IpsecConfig(), c.ipsec()))
                .setVcoHealthCheck(VpcVpn.healthCheck(new DescribeVpnConnectionResponse.VcoHealthCheck(),
                        c.healthCheck()))
                .setVpnBgpConfig(VpcVpn.bgp(new DescribeVpnConnectionResponse.VpnBgpConfig(), bgp,
                        peerAsns(scope, List.of(c)).get(c.customerGatewayId()))
                        .setEnableBgp(String.valueOf(bgp.enableBgp())))
                .setTags(AliyunFormats.keyValueTags(tags.of(c.id()),
                        DescribeVpnConnectionResponse.Tag::new));
    }

    @Override
    public DescribeVpnConnectionsResponse describeVpnConnections(AliyunCall call, DescribeVpnConnectionsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.VPN_CONNECTION,
                r.vpnConnectionId(), r.tag(), r.resourceGroupId());
        var paging = call.paging(10);
        Page<VpnConnection> page = wanted.isEmpty() ? new Page<>(List.of(), 0) : connections.list(scope, wanted.get(),
                AliyunFormats.orNull(r.vpnGatewayId()),
                AliyunFormats.orNull(r.customerGatewayId()), paging.offset(), paging.limit());
        List<String> ids = page.items().stream().map(VpnConnection::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var peers = peerAsns(scope, page.items());
        var out = new DescribeVpnConnectionsResponse().setVpnConnections(AliyunFormats.each(page.items(),
                DescribeVpnConnectionsResponse.VpnConnection::new, (item, c) -> VpcVpn.details(VpcVpn.connection(item,
                        c), c, grouped.get(c.id()))
                        .setIkeConfig(VpcVpn.ike(new DescribeVpnConnectionsResponse.IkeConfig(), c.ike()))
                        .setIpsecConfig(VpcVpn.ipsec(new DescribeVpnConnectionsResponse.IpsecConfig(), c.ipsec()))
                        .setVcoHealthCheck(VpcVpn.healthCheck(new DescribeVpnConnectionsResponse.VcoHealthCheck(),
                                c.healthCheck()))
                        .setVpnBgpConfig(VpcVpn.bgp(new DescribeVpnConnectionsResponse.VpnBgpConfig(), c.bgp(),
                                peers.get(c.customerGatewayId())))
                        .setTag(AliyunFormats.keyValueTags(tagged.get(c.id()),
                                DescribeVpnConnectionsResponse.Tag::new))));
        return call.paged(out, paging, page.total());
    }

    @Override
    public ModifyVpnConnectionAttributeResponse modifyVpnConnectionAttribute(AliyunCall call,
                                                                             ModifyVpnConnectionAttributeRequest r) {
        if (!r.tunnelOptionsSpecification().isEmpty()) throw call.invalid("TunnelOptionsSpecification");
        var settings = settings(call, r.name(), r.localSubnet(), r.remoteSubnet(), r.effectImmediately(),
                r.enableDpd(), r.enableNatTraversal(), r.autoConfigRoute(), r.ikeConfig(), r.ipsecConfig(),
                r.healthCheckConfig(), r.bgpConfig(), r.remoteCaCertificate());
        VpnConnection c = connections.update(call.scope(), r.vpnConnectionId(), settings);
        return VpcVpn.connection(new ModifyVpnConnectionAttributeResponse(), c)
                .setIkeConfig(VpcVpn.ike(new ModifyVpnConnectionAttributeResponse.IkeConfig(), c.ike()))
                .setIpsecConfig(VpcVpn.ipsec(new ModifyVpnConnectionAttributeResponse.IpsecConfig(), c.ipsec()))
                .setVcoHealthCheck(VpcVpn.healthCheck(new ModifyVpnConnectionAttributeResponse.VcoHealthCheck(),
                        c.healthCheck()));
    }

    @Override
    public void deleteVpnConnection(AliyunCall call, DeleteVpnConnectionRequest r) {
        connections.delete(call.scope(), r.vpnConnectionId());
    }

    /** The settings a create or modify gives; the blocks checked (IllegalParam.LocalSubnet, .RemoteSubnet). */
    private static VpnConnectionService.Settings settings(AliyunCall call, String name, String local, String remote,
                                                          Boolean effectImmediately, Boolean enableDpd,
                                                          Boolean enableNatTraversal, Boolean autoConfigRoute,
                                                          String ike, String ipsec, String healthCheck, String bgp,
                                                          String remoteCaCertificate) {
        return new VpnConnectionService.Settings(name == null ? null : AliyunFormats.name(call, "Name", name),
                VpcVpn.blocks(call, local, "IllegalParam.LocalSubnet"),
                VpcVpn.blocks(call, remote, "IllegalParam.RemoteSubnet"),
                effectImmediately, enableDpd, enableNatTraversal, autoConfigRoute, VpnSettingsParams.ike(call, ike),
                VpnSettingsParams.ipsec(call, ipsec), VpnSettingsParams.healthCheck(call, healthCheck),
                VpnSettingsParams.bgp(call, bgp), remoteCaCertificate);
    }

    /** The ASN of each of these connections' customer gateways (none: null), read in one query. */
    private Map<String, Long> peerAsns(Scope scope, List<VpnConnection> shown) {
        List<String> peers = shown.stream().map(VpnConnection::customerGatewayId).distinct().toList();
        Map<String, Long> out = new HashMap<>();
        if (peers.isEmpty()) return out;
        customerGateways.list(scope, peers, 0, peers.size()).items().forEach(g -> out.put(g.id(), g.asn()));
        return out;
    }

    private String group(AliyunCall call, String id) {
        return tags.group(id, call.defaultResourceGroup());
    }
}
