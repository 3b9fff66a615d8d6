package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A launch template of a scope: its name, the version instances are launched from when none is named (defaultVersion)
 * and the number of the last version made (latestVersion; numbers are never reused).
 */
public record LaunchTemplate(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             long defaultVersion, long latestVersion, OffsetDateTime createdAt,
                             OffsetDateTime modifiedAt) {
    /**
     * One version: its number, description and data, the settings it was made with as a JSON document the dialect
     * that made it writes and reads (the core keeps it as it is).
     */
    public record Version(String templateId, long versionNumber, String description, String data,
                          OffsetDateTime createdAt) {}
}
