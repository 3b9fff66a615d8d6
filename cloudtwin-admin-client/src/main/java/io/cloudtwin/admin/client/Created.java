package io.cloudtwin.admin.client;

/** The counts a fixture import created (ids that already existed are skipped and not counted). */
public record Created(long accounts, long securityGroups, long instances) {}
