package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/**
 * An automatic snapshot policy (Aliyun): the hours of the day (0-23, UTC+8) and the days of the week (1-7, Monday
 * first) its disks are snapshotted, how many days a snapshot is kept (-1: until deleted), and whether copies go to
 * another region (kept for copiedRetentionDays there).
 */
public record SnapshotPolicy(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             List<String> timePoints, List<String> repeatWeekdays, int retentionDays,
                             boolean crossRegionCopy, List<String> targetCopyRegions, int copiedRetentionDays,
                             OffsetDateTime createdAt) {}
