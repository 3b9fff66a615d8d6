package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An IPsec connection from a VPN gateway to a customer gateway (one a pair), for the local and remote blocks (a,b),
 * with its IKE, IPsec, health-check and BGP settings as JSON (read through {@link VpnSettings}).
 */
public record VpnConnection(String id, Cloud cloud, String accountId, String region, String projectId,
                            String vpnGatewayId, String customerGatewayId, String name, String localSubnet,
                            String remoteSubnet, boolean effectImmediately, boolean enableDpd,
                            boolean enableNatTraversal, boolean autoConfigRoute, String ikeConfig, String ipsecConfig,
                            String healthCheckConfig, String bgpConfig, String remoteCaCertificate,
                            OffsetDateTime createdAt) {
    public VpnSettings.Ike ike() {
        return VpnSettings.read(ikeConfig, VpnSettings.Ike.class);
    }

    public VpnSettings.Ipsec ipsec() {
        return VpnSettings.read(ipsecConfig, VpnSettings.Ipsec.class);
    }

    public VpnSettings.HealthCheck healthCheck() {
        return VpnSettings.read(healthCheckConfig, VpnSettings.HealthCheck.class);
    }

    public VpnSettings.Bgp bgp() {
        return VpnSettings.read(bgpConfig, VpnSettings.Bgp.class);
    }
}
