package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An IPv4 gateway of a VPC (one at most): the VPC's way to the Internet once enabled. routeTableId: the gateway route
 * table associated with it (null: none).
 */
public record Ipv4Gateway(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                          String name, String description, boolean enabled, OffsetDateTime createdAt,
                          String routeTableId) {}
