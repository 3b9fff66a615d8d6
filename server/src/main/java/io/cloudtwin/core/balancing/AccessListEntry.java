package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** An address block of an access control list (entry: its canonical text), with its comment. */
public record AccessListEntry(String id, Cloud cloud, String accountId, String region, String projectId, String aclId,
                              String entry, String comment, OffsetDateTime createdAt) {}
