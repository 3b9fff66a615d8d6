package io.cloudtwin.core.mirror;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A traffic mirror filter: which mirrored packets a session copies, by its rules. */
public record TrafficMirrorFilter(String id, Cloud cloud, String accountId, String region, String projectId,
                                  String name, String description, OffsetDateTime createdAt) {}
