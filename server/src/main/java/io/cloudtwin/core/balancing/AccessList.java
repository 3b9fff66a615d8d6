package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An access control list of the load balancers of a scope (Aliyun SLB's ACL): a named list of address blocks
 * ({@link AccessListEntry}) of one IP version (ipVersion: ipv4 or ipv6) that listeners filter their clients by.
 */
public record AccessList(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                         String ipVersion, OffsetDateTime createdAt) {
    public static final String IPV4 = "ipv4";
    public static final String IPV6 = "ipv6";
}
