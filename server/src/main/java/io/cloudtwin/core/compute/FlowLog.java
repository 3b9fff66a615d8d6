package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A flow log: the traffic of a VPC, a subnet or a network interface (resourceKind), of a traffic type, delivered to a
 * log store of a log project (names only: the log service is not emulated, and no record is ever written). active:
 * whether it delivers. trafficPaths, comma-separated; aggregationInterval in minutes.
 */
public record FlowLog(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                      String description, String resourceKind, String resourceId, String vpcId, String trafficType,
                      String logProject, String logStore, int aggregationInterval, String trafficPaths,
                      String ipVersion, boolean active, OffsetDateTime createdAt) {
    /** The resource kinds a flow log watches. */
    public enum Kind { VPC, SUBNET, INTERFACE }
}
