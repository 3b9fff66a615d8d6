package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A further circuit of a virtual border router (id: vbrId:physicalConnectionId): VLAN vlanId of that circuit, with
 * the gateway addresses of its own peering subnet. Always Associated.
 */
public record VbrAssociation(String id, Cloud cloud, String accountId, String region, String projectId, String vbrId,
                             String physicalConnectionId, int vlanId, String localGatewayIp, String peerGatewayIp,
                             String peeringSubnetMask, boolean enableIpv6, String localIpv6GatewayIp,
                             String peerIpv6GatewayIp, String peeringIpv6SubnetMask, String circuitCode,
                             String status, OffsetDateTime createdAt) {
    public static final String ASSOCIATED = "Associated";

    /** The addresses of the router's peering subnet on this circuit. */
    public Peering peering() {
        return new Peering(localGatewayIp, peerGatewayIp, peeringSubnetMask, enableIpv6, localIpv6GatewayIp,
                peerIpv6GatewayIp, peeringIpv6SubnetMask);
    }

    public static String id(String vbrId, String physicalConnectionId) {
        return vbrId + ":" + physicalConnectionId;
    }
}
