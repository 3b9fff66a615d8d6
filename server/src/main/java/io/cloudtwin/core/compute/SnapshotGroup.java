package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A snapshot group (ECS's): snapshots of several disks of one instance taken together, with a name and a description
 * of its own. Its snapshots are snapshots like any other (listed by DescribeSnapshots, deleted alone or with it).
 */
public record SnapshotGroup(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                            String description, String instanceId, OffsetDateTime createdAt) {}
