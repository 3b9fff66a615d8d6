package io.cloudtwin.core.express;

/**
 * The addresses of a virtual border router's peering subnet on one circuit: IPv4, and IPv6 when enableIpv6; a text not
 * given (null) is "".
 */
public record Peering(String localGatewayIp, String peerGatewayIp, String peeringSubnetMask, boolean enableIpv6,
                      String localIpv6GatewayIp, String peerIpv6GatewayIp, String peeringIpv6SubnetMask) {
    public Peering {
        localGatewayIp = orEmpty(localGatewayIp);
        peerGatewayIp = orEmpty(peerGatewayIp);
        peeringSubnetMask = orEmpty(peeringSubnetMask);
        localIpv6GatewayIp = orEmpty(localIpv6GatewayIp);
        peerIpv6GatewayIp = orEmpty(peerIpv6GatewayIp);
        peeringIpv6SubnetMask = orEmpty(peeringIpv6SubnetMask);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
