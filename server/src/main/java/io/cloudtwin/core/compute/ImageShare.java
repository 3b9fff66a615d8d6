package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

/** A custom image shared with another account since sharedAt. */
public record ImageShare(String imageId, String accountId, OffsetDateTime sharedAt) {}
