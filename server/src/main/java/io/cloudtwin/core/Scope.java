package io.cloudtwin.core;

/**
 * Where a request acts: one cloud, one account, one region, one project.
 * A resource outside the caller's scope does not exist for the caller.
 * region may be null where a cloud lets an action omit it (then any region of the account matches).
 */
public record Scope(Cloud cloud, String accountId, String region, String projectId) {
    public Scope {
        if (projectId == null) projectId = "";
    }

    public static Scope of(Cloud cloud, String accountId, String region) {
        return new Scope(cloud, accountId, region, "");
    }
}
