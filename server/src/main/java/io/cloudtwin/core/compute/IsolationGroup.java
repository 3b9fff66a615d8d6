package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A UCloud hardware isolation group: its hosts stand on different physical machines, at most seven in a zone. */
public record IsolationGroup(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             String remark, OffsetDateTime createdAt) {}
