package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A dedicated host cluster: a named group of dedicated hosts of one zone. */
public record DedicatedHostCluster(String id, Cloud cloud, String accountId, String region, String projectId,
                                   String zone, String name, String description, OffsetDateTime createdAt) {}
