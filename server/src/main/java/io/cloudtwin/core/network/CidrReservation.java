package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A block of a subnet's addresses kept for IP prefixes (kind "Prefix"): the subnet's own address allocation passes
 * over it.
 */
public record CidrReservation(String id, Cloud cloud, String accountId, String region, String projectId,
                              String vpcId, String subnetId, String cidr, String ipVersion, String kind, String name,
                              String description, OffsetDateTime createdAt) {
    public static final String IPV4 = "IPv4";
    public static final String PREFIX = "Prefix";
}
