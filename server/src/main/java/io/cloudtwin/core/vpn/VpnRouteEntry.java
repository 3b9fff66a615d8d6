package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A route of a VPN gateway to one of its connections (nextHop): by destination, or by policy (source and destination,
 * with a priority); weighted 100 (active) or 0 (standby), published to the VPC's route table or not.
 */
public record VpnRouteEntry(String id, Cloud cloud, String accountId, String region, String projectId,
                            String vpnGatewayId, boolean policy, String routeSource, String routeDest, String nextHop,
                            int weight, boolean published, String description, int priority,
                            OffsetDateTime createdAt) {}
