package io.cloudtwin.core;

/** One rule of a security group, in UCloud's terms (Direction Ingress/Egress, RuleAction Accept/Drop). */
public record SecurityGroupRule(String id, String groupId, String direction, String ipRange, int priority,
                                String protocol, String dstPort, String action, String remark) {}
