package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** The public bandwidth (Mbps) of an IPv6 address through its VPC's IPv6 gateway, billed by internetChargeType. */
public record Ipv6Bandwidth(String id, Cloud cloud, String accountId, String region, String projectId,
                            String ipv6AddressId, String ipv6GatewayId, int bandwidth, String internetChargeType,
                            OffsetDateTime createdAt) {}
