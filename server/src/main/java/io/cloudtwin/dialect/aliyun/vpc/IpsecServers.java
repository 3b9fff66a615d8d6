package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.vpn.IpsecServer;
import io.cloudtwin.core.vpn.IpsecServerService;
import io.cloudtwin.core.vpn.VpnGateway;
import io.cloudtwin.core.vpn.VpnGatewayService;
import io.cloudtwin.core.vpn.VpnSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpsecServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpsecServerResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteIpsecServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListIpsecServersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListIpsecServersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateIpsecServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * IPsec servers of VPN gateways (alicloud_vpn_ipsec_server): client-to-site over IKE, one a gateway with SSL VPN on,
 * its clients' block clear of the gateway's VPC, its IKE and IPsec settings over the cloud's. No client ever connects,
 * and multi-factor authentication (IDaaS) is not served.
 */
@Component
record IpsecServers(IpsecServerService servers, VpnGatewayService gateways, ClientTokens tokens)
        implements VpcApi.CreateIpsecServer, VpcApi.ListIpsecServers, VpcApi.UpdateIpsecServer,
        VpcApi.DeleteIpsecServer {
    @Override
    public CreateIpsecServerResponse createIpsecServer(AliyunCall call, CreateIpsecServerRequest r) {
        var scope = call.scope();
        var settings = settings(call, r.ipSecServerName(), r.clientIpPool(), r.localSubnet(), r.effectImmediately(),
                r.ikeConfig(), r.ipsecConfig(), r.psk(), r.pskEnabled());
        String id = call.once(tokens, scope, r.clientToken(),
                () -> servers.create(scope, Ids.random("iss-", 20), r.vpnGatewayId(), settings).id());
        IpsecServer s = servers.get(scope, id);
        return new CreateIpsecServerResponse().setIpsecServerId(s.id()).setIpsecServerName(s.name())
                .setVpnGatewayId(s.vpnGatewayId()).setRegionId(s.region())
                .setCreationTime(AliyunFormats.time(s.createdAt()));
    }

    @Override
    public ListIpsecServersResponse listIpsecServers(AliyunCall call, ListIpsecServersRequest r) {
        var scope = call.scope();
        List<String> ids = r.ipsecServerId() == null ? List.of() : r.ipsecServerId();
        String gateway = AliyunFormats.orNull(r.vpnGatewayId());
        String name = AliyunFormats.orNull(r.ipsecServerName());
        boolean none = !blank(r.resourceGroupId()) && !r.resourceGroupId().equals(call.defaultResourceGroup());
        var out = new ListIpsecServersResponse();
        List<IpsecServer> shown = call.listed(out, call.paging(10), none, servers.listing(scope, ids, gateway, name));
        // the page's gateways in one read, not one a server
        List<String> gatewayIds = shown.stream().map(IpsecServer::vpnGatewayId).distinct().toList();
        Map<String, VpnGateway> byId = gatewayIds.isEmpty() ? Map.of() : gateways.list(scope, gatewayIds, null, 0,
                gatewayIds.size()).items().stream().collect(Collectors.toMap(VpnGateway::id, g -> g));
        return out.setIpsecServers(AliyunFormats.each(shown, ListIpsecServersResponse.IpsecServers::new,
                (item, s) -> server(item, s, byId.get(s.vpnGatewayId()), call)));
    }

    @Override
    public void updateIpsecServer(AliyunCall call, UpdateIpsecServerRequest r) {
        servers.update(call.scope(), r.ipsecServerId(), settings(call, r.ipsecServerName(),
                r.clientIpPool(), r.localSubnet(), r.effectImmediately(), r.ikeConfig(), r.ipsecConfig(), r.psk(),
                r.pskEnabled()));
    }

    @Override
    public void deleteIpsecServer(AliyunCall call, DeleteIpsecServerRequest r) {
        servers.delete(call.scope(), r.ipsecServerId());
    }

    private static ListIpsecServersResponse.IpsecServers server(ListIpsecServersResponse.IpsecServers out,
                                                              IpsecServer s, VpnGateway g, AliyunCall call) {
        VpnSettings.Ike ike = s.ike();
        return out.setIpsecServerId(s.id()).setIpsecServerName(s.name()).setVpnGatewayId(s.vpnGatewayId())
                .setRegionId(s.region()).setCreationTime(AliyunFormats.time(s.createdAt()))
                .setClientIpPool(s.clientIpPool()).setLocalSubnet(s.localSubnet())
                .setEffectImmediately(s.effectImmediately()).setPsk(s.psk()).setPskEnabled(s.pskEnabled())
                .setInternetIp(g.internetIp()).setMaxConnections(g.sslConnections()).setOnlineClientCount(0)
                .setMultiFactorAuthEnabled(false).setIDaaSInstanceId("")
                .setResourceGroupId(call.defaultResourceGroup())
                .setIkeConfig(new ListIpsecServersResponse.IkeConfig().setIkeVersion(ike.ikeVersion())
                        .setIkeMode(ike.ikeMode()).setIkeEncAlg(ike.ikeEncAlg()).setIkeAuthAlg(ike.ikeAuthAlg())
                        .setIkePfs(ike.ikePfs()).setIkeLifetime(ike.ikeLifetime())
                        .setLocalId(ike.localId() == null ? g.internetIp() : ike.localId())
                        .setRemoteId(ike.remoteId() == null ? "" : ike.remoteId()))
                .setIpsecConfig(VpcVpn.ipsec(new ListIpsecServersResponse.IpsecConfig(), s.ipsec()));
    }

    /** The settings a create or update gives (null: not given), each checked as the API checks it. */
    private static IpsecServerService.Settings settings(AliyunCall call, String name, String pool, String local,
                                                        Boolean effectImmediately, String ike, String ipsec,
                                                        String psk, Boolean pskEnabled) {
        if (psk != null && (psk.isEmpty() || psk.length() > 100)) throw call.invalid("Psk");
        VpnSettings.Ike ikeSettings = VpnSettingsParams.ike(call, ike);
        if (ikeSettings != null && ikeSettings.psk() != null) throw call.invalid("IkeConfig");
        return new IpsecServerService.Settings(name == null ? null : AliyunFormats.name(call, "IpSecServerName", name),
                pool == null ? null : VpcVpn.clientPool(call, pool),
                VpcVpn.blocks(call, local, "IllegalParam.LocalSubnet"), effectImmediately, ikeSettings,
                VpnSettingsParams.ipsec(call, ipsec), psk, pskEnabled);
    }
}
