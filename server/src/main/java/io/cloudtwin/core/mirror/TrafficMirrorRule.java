package io.cloudtwin.core.mirror;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A rule of a traffic mirror filter, in the cloud's words: its direction (ingress, egress), priority (once per filter
 * and direction), action (accept, drop), protocol (ALL, ICMP, TCP, UDP), blocks and port ranges ("1/120"; "-1/-1":
 * every port).
 */
public record TrafficMirrorRule(String id, Cloud cloud, String accountId, String region, String projectId,
                                String filterId, String direction, int priority, String action, String protocol,
                                String sourceCidr, String destinationCidr, String sourcePortRange,
                                String destinationPortRange, OffsetDateTime createdAt) {}
