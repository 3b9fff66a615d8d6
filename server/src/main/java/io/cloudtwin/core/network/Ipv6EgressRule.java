package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** An egress-only rule of an IPv6 gateway for one IPv6 address with public bandwidth: out, never in. */
public record Ipv6EgressRule(String id, Cloud cloud, String accountId, String region, String projectId,
                             String ipv6GatewayId, String ipv6AddressId, String name, String description,
                             OffsetDateTime createdAt) {}
