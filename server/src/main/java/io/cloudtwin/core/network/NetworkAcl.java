package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A network ACL: stateless rules, ingress and egress, for the traffic of the subnets of its VPC bound to it (a subnet
 * to one ACL at most). Its entries and bindings are kept apart (NetworkAclStore). updatedAt: when it or its entries
 * last changed (null: not since it was made).
 */
public record NetworkAcl(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                         String name, String description, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    public static final String INGRESS = "ingress";
    public static final String EGRESS = "egress";

    /**
     * One rule, of a direction, at a position (its priority: the lower, the earlier): what it matches (protocol, a port
     * range "from/to", the peer's CIDR block: the source of ingress traffic, the destination of egress) and what it
     * does (policy: accept or drop). entryType: custom for the caller's, system for those the cloud keeps. The times
     * are null for entries made before they were kept.
     */
    public record Entry(String id, String aclId, String direction, int position, String entryType, String name,
                        String description, String policy, String protocol, String port, String cidr,
                        String ipVersion, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** A subnet bound to the ACL, since when; id: the binding's own (null for those made before it was kept). */
    public record Binding(String id, String aclId, String subnetId, OffsetDateTime createdAt) {}
}
