package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A custom route entry of a route table: traffic to destinationCidr goes to a next hop of the table's VPC, of a kind
 * some area serves ({@link NextHop}: instance, interface, nat_gateway).
 */
public record RouteEntry(String id, Cloud cloud, String accountId, String region, String projectId, String routeTableId,
                         String destinationCidr, String nextHopKind, String nextHopId, String name, String description,
                         OffsetDateTime createdAt) {}
