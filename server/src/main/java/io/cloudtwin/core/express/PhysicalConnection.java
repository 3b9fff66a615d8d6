package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An Express Connect circuit: a port of lineOperator's line at an access point of the region (type VPC). Its status
 * goes Allocated (at once), Confirmed, Enabled (enabledAt; an order's endTime), or Canceled before it is enabled, or
 * Terminated after; redundantId names the circuit it backs up ("": none).
 */
public record PhysicalConnection(String id, Cloud cloud, String accountId, String region, String projectId,
                                 String accessPointId, String type, String lineOperator, String portType,
                                 Integer bandwidth, String peerLocation, String circuitCode, String redundantId,
                                 String name, String description, String status, String chargeType,
                                 OffsetDateTime enabledAt, OffsetDateTime endTime, OffsetDateTime createdAt) {
    public static final String ALLOCATED = "Allocated";
    public static final String CONFIRMED = "Confirmed";
    public static final String ENABLED = "Enabled";
    public static final String CANCELED = "Canceled";
    public static final String TERMINATED = "Terminated";
}
