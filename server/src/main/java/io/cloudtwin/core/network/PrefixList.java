package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A prefix list of a scope: CIDR blocks of one address family (IPv4 or IPv6), at most maxEntries of them, that
 * security group rules name as their peer.
 */
public record PrefixList(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                         String description, String addressFamily, int maxEntries, OffsetDateTime createdAt) {
    /** One block of a prefix list, with its description. */
    public record Entry(String cidr, String description) {}
}
