package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * The SSL VPN server of a VPN gateway (one a gateway): the block its clients are given addresses from, the local
 * blocks they reach (a,b), and the protocol, cipher, port and compression of the tunnel.
 */
public record SslVpnServer(String id, Cloud cloud, String accountId, String region, String projectId,
                           String vpnGatewayId, String name, String clientIpPool, String localSubnet, String proto,
                           String cipher, int port, boolean compress, OffsetDateTime createdAt) {}
