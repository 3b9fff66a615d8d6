package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** An HPC cluster: a named group of a region for instances of the high-performance (SCC) families. */
public record HpcCluster(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                         String description, OffsetDateTime createdAt) {}
