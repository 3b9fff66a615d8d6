package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A virtual border router: VLAN vlanId of an Express Connect circuit (at its access point), the gateway addresses of
 * both sides of its peering subnet (IPv4, and IPv6 when enableIpv6), its BFD timers, a route table and a VLAN
 * interface of its own. Its status is active, or terminated (terminatedAt) until it is recovered (recoveredAt).
 */
public record VirtualBorderRouter(String id, Cloud cloud, String accountId, String region, String projectId,
                                  String physicalConnectionId, String accessPointId, int vlanId,
                                  String localGatewayIp, String peerGatewayIp, String peeringSubnetMask,
                                  boolean enableIpv6, String localIpv6GatewayIp, String peerIpv6GatewayIp,
                                  String peeringIpv6SubnetMask, String circuitCode, String name, String description,
                                  Integer bandwidth, long minRxInterval, long minTxInterval, long detectMultiplier,
                                  int mtu, boolean sitelinkEnable, String routeTableId, String vlanInterfaceId,
                                  String status, OffsetDateTime activatedAt, OffsetDateTime terminatedAt,
                                  OffsetDateTime recoveredAt, OffsetDateTime createdAt) {
    public static final String ACTIVE = "active";
    public static final String TERMINATED = "terminated";

    /** The addresses of its peering subnet on its own circuit. */
    public Peering peering() {
        return new Peering(localGatewayIp, peerGatewayIp, peeringSubnetMask, enableIpv6, localIpv6GatewayIp,
                peerIpv6GatewayIp, peeringIpv6SubnetMask);
    }
}
