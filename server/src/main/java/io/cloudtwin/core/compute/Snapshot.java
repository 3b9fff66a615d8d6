package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A snapshot of a disk, taken at once (complete when made): what it was taken of (diskId, that disk's size in GiB, kind
 * system or data, category, and the instance it was attached to then: "" when none), its own name, description,
 * category (standard, flash) and retention (null: kept until deleted). It outlives its disk (a manual snapshot). zone
 * and sourceDiskName: the disk's zone and name when it was taken (UCloud answers both; "" in snapshots restored
 * without them).
 */
public record Snapshot(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                       String description, String diskId, int sourceDiskSize, String sourceDiskKind,
                       String sourceDiskCategory, String instanceId, String category, Integer retentionDays,
                       boolean encrypted, OffsetDateTime createdAt, String zone,
                       String sourceDiskName) {}
