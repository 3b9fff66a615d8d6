package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A temporary bandwidth added to an EIP (UCloud's bandwidth package, bwpack-) from enableTime until disableTime; past
 * its end it is gone.
 */
public record BandwidthPackage(String id, Cloud cloud, String accountId, String region, String projectId, String eipId,
                               int bandwidth, OffsetDateTime enableTime, OffsetDateTime disableTime,
                               OffsetDateTime createdAt) {}
