package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

/** Where a keyset page starts: after the instance with this creation time and id (listing order). */
public record InstanceCursor(OffsetDateTime createdAt, String id) {}
