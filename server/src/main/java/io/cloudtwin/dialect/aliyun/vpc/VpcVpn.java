package io.cloudtwin.dialect.aliyun.vpc;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.vpn.CustomerGateway;
import io.cloudtwin.core.vpn.VpnConnection;
import io.cloudtwin.core.vpn.VpnGateway;
import io.cloudtwin.core.vpn.VpnSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.CustomerGatewayAnswer;
import io.cloudtwin.dialect.aliyun.api.IkeConfigAnswer;
import io.cloudtwin.dialect.aliyun.api.IpsecConfigAnswer;
import io.cloudtwin.dialect.aliyun.api.VcoHealthCheckAnswer;
import io.cloudtwin.dialect.aliyun.api.VpnBgpConfigAnswer;
import io.cloudtwin.dialect.aliyun.api.VpnConnectionAnswer;
import io.cloudtwin.dialect.aliyun.api.VpnConnectionDetails;
import io.cloudtwin.dialect.aliyun.api.VpnGatewayAnswer;
import io.cloudtwin.dialect.aliyun.api.VpnGatewayDetails;

/**
 * The VPN's three kinds as the VPC product answers them, each field filled once for every action that answers it: a
 * gateway is active at once (BusinessStatus Normal), its Spec its bandwidth in M; a connection is active
 * (State) with its IKE phase not established (Status ike_sa_not_established), as no peer answers here.
 */
final class VpcVpn {
    static final String ACTIVE = "active";
    static final String NORMAL = "Normal";
    static final String NOT_ESTABLISHED = "ike_sa_not_established";

    private VpcVpn() {}

    static <T extends VpnGatewayAnswer> T gateway(T out, VpnGateway g, String group) {
        out.setVpnGatewayId(g.id()).setVpcId(g.vpcId()).setVSwitchId(g.vswitchId() == null ? "" : g.vswitchId())
                .setName(g.name()).setDescription(g.description()).setStatus(ACTIVE).setBusinessStatus(NORMAL)
                .setSpec(g.bandwidth() + "M").setInternetIp(g.internetIp())
                .setCreateTime(AliyunFormats.millis(g.createdAt())).setAutoPropagate(g.autoPropagate())
                .setEnableBgp(false).setSslVpnInternetIp(g.ssl() ? g.internetIp() : "").setResourceGroupId(group);
        return out;
    }

    static <T extends VpnGatewayDetails> T details(T out, VpnGateway g) {
        out.setVpnType(g.vpnType()).setSslMaxConnections((long) g.sslConnections()).setChargeType(g.chargeType())
                .setIpsecVpn(g.ipsec() ? "enable" : "disable").setSslVpn(g.ssl() ? "enable" : "disable")
                .setNetworkType(g.networkType());
        return out;
    }

    static <T extends CustomerGatewayAnswer> T customerGateway(T out, CustomerGateway c) {
        out.setCustomerGatewayId(c.id()).setIpAddress(c.ipAddress()).setName(c.name()).setDescription(c.description())
                .setCreateTime(AliyunFormats.millis(c.createdAt()));
        return out;
    }

    static <T extends VpnConnectionAnswer> T connection(T out, VpnConnection c) {
        out.setVpnConnectionId(c.id()).setVpnGatewayId(c.vpnGatewayId()).setCustomerGatewayId(c.customerGatewayId())
                .setName(c.name()).setLocalSubnet(c.localSubnet()).setRemoteSubnet(c.remoteSubnet())
                .setEffectImmediately(c.effectImmediately()).setEnableDpd(c.enableDpd())
                .setEnableNatTraversal(c.enableNatTraversal()).setCreateTime(AliyunFormats.millis(c.createdAt()));
        return out;
    }

    static <T extends VpnConnectionDetails> T details(T out, VpnConnection c, String group) {
        out.setStatus(NOT_ESTABLISHED).setState(ACTIVE).setRemoteCaCertificate(c.remoteCaCertificate())
                .setNetworkType("public").setSpec("").setInternetIp("").setAttachType("").setEnableTunnelsBgp(false)
                .setResourceGroupId(group);
        return out;
    }

    static <T extends IkeConfigAnswer> T ike(T out, VpnSettings.Ike s) {
        out.setPsk(s.psk()).setIkeVersion(s.ikeVersion()).setIkeMode(s.ikeMode()).setIkeEncAlg(s.ikeEncAlg())
                .setIkeAuthAlg(s.ikeAuthAlg()).setIkePfs(s.ikePfs()).setIkeLifetime(s.ikeLifetime())
                .setLocalId(s.localId()).setRemoteId(s.remoteId());
        return out;
    }

    static <T extends IpsecConfigAnswer> T ipsec(T out, VpnSettings.Ipsec s) {
        out.setIpsecEncAlg(s.ipsecEncAlg()).setIpsecAuthAlg(s.ipsecAuthAlg()).setIpsecPfs(s.ipsecPfs())
                .setIpsecLifetime(s.ipsecLifetime());
        return out;
    }

    static <T extends VcoHealthCheckAnswer> T healthCheck(T out, VpnSettings.HealthCheck s) {
        out.setEnable(String.valueOf(s.enable())).setDip(s.dip()).setSip(s.sip())
                .setInterval(s.interval().intValue()).setRetry(s.retry().intValue());
        return out;
    }

    static <T extends VpnBgpConfigAnswer> T bgp(T out, VpnSettings.Bgp s, Long peerAsn) {
        out.setStatus(s.enableBgp() ? "false" : "").setTunnelCidr(s.tunnelCidr()).setLocalBgpIp(s.localBgpIp())
                .setLocalAsn(s.localAsn()).setPeerAsn(peerAsn).setPeerBgpIp("");
        return out;
    }

    /** An SSL or IPsec server's clients' block: a network address with a mask of 16 to 29 bits. */
    static String clientPool(AliyunCall call, String block) {
        Cidr c;
        try {
            c = Cidr.parse(block);
        } catch (IllegalArgumentException e) {
            throw call.error("ClientIpPool.SubnetInvalid");
        }
        if (c.prefix() < 16 || c.prefix() > 29) throw call.error("ClientIpPool.NetmaskInvalid");
        return block;
    }

    /** Comma-separated IPv4 blocks as given (null: none given); any that is not one is the code. */
    static String blocks(AliyunCall call, String given, String code) {
        if (given == null) return null;
        for (String b : given.split(",", -1)) {
            try {
                Cidr.parse(b.trim());
            } catch (IllegalArgumentException e) {
                throw call.firstError(given, code);
            }
        }
        return given;
    }

}
