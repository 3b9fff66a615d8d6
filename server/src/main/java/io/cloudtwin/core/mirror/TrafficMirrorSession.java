package io.cloudtwin.core.mirror;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A traffic mirror session: the traffic of its sources (network interfaces), through its filter, copied to its target
 * (targetType NetworkInterface or SLB, in the cloud's words), with its priority (once per account and region), VXLAN
 * network id and packet length; enabled or not.
 */
public record TrafficMirrorSession(String id, Cloud cloud, String accountId, String region, String projectId,
                                   String name, String description, String filterId, String targetId,
                                   String targetType, int priority, int virtualNetworkId, int packetLength,
                                   boolean enabled, OffsetDateTime createdAt) {}
