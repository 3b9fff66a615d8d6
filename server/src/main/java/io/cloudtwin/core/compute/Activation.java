package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A Cloud Assistant activation: up to instanceCount servers outside the cloud, from ipAddressRange, may register with
 * it as managed instances (named instanceName...) for timeToLiveInHours after its creation, unless it is disabled. No
 * server registers here, so none is registered with it.
 */
public record Activation(String id, Cloud cloud, String accountId, String region, String projectId,
                         String instanceName, String description, int instanceCount, long timeToLiveInHours,
                         String ipAddressRange, boolean disabled, OffsetDateTime createdAt) {}
