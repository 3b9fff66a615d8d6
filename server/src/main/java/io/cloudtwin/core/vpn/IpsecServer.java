package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An IPsec server of a VPN gateway (client-to-site over IKE): the clients' block, the local blocks they reach, its IKE
 * and IPsec settings as JSON (read through {@link VpnSettings}), its pre-shared key.
 */
public record IpsecServer(String id, Cloud cloud, String accountId, String region, String projectId,
                          String vpnGatewayId, String name, String clientIpPool, String localSubnet,
                          boolean effectImmediately, String ikeConfig, String ipsecConfig, String psk,
                          boolean pskEnabled, OffsetDateTime createdAt) {
    public VpnSettings.Ike ike() {
        return VpnSettings.read(ikeConfig, VpnSettings.Ike.class);
    }

    public VpnSettings.Ipsec ipsec() {
        return VpnSettings.read(ipsecConfig, VpnSettings.Ipsec.class);
    }
}
