package io.cloudtwin.core.security;

import java.time.OffsetDateTime;

/**
 * One rule of a security group, each cloud's values in its own words: UCloud (Direction INGRESS/EGRESS, RuleAction
 * ACCEPT/DROP, ipRange a CIDR), Aliyun (Direction ingress/egress, Policy accept/drop, ipRange the peer CIDR or empty
 * when peerGroupId names a peer group or peerPrefixListId a prefix list, dstPort the PortRange "1/65535", peerPort
 * the peer's port range, nicType).
 * createdAt is null until stored.
 */
public record SecurityGroupRule(String id, String groupId, String direction, String ipRange, int priority,
                                String protocol, String dstPort, String action, String remark, String peerGroupId,
                                String peerPrefixListId, String peerPort, String nicType, OffsetDateTime createdAt) {
    /** A rule in UCloud's terms (no peer group, peer port or NIC type). */
    public SecurityGroupRule(String id, String groupId, String direction, String ipRange, int priority,
                             String protocol, String dstPort, String action, String remark) {
        this(id, groupId, direction, ipRange, priority, protocol, dstPort, action, remark, "", "", "", "", null);
    }

    public SecurityGroupRule withId(String newId, OffsetDateTime at) {
        return new SecurityGroupRule(newId, groupId, direction, ipRange, priority, protocol, dstPort, action,
                remark == null ? "" : remark, peerGroupId == null ? "" : peerGroupId,
                peerPrefixListId == null ? "" : peerPrefixListId, peerPort == null ? "" : peerPort,
                nicType == null ? "" : nicType, at);
    }
}
