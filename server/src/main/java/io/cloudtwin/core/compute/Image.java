package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A custom image of a scope, made from snapshots (or from an instance, whose disks are snapshotted for it) and usable
 * at once. nameKey: the name, or the id when it has none (unique in the scope). sizeGb: its system disk's size. Its
 * disks are {@link ImageDisk}s.
 */
public record Image(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                    String nameKey, String description, String imageFamily, String imageVersion, String platform,
                    String architecture, String osType, String bootMode, int sizeGb, String sourceInstanceId,
                    OffsetDateTime createdAt) {}
