package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** Offset and Limit as the Describe actions take them (the doc gives their defaults; negatives are refused). */
final class Paging {
    private Paging() {}

    static int offset(UcloudRequest r) {
        int offset = r.integer("Offset", 0);
        if (offset < 0) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Offset");
        return offset;
    }

    /** Limit: the doc's default (20), at least 1, at most {@code max} (the doc's max where it gives one). */
    static int limit(UcloudRequest r, int max) {
        int limit = r.integer("Limit", 20);
        if (limit < 1 || limit > max) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Limit");
        return limit;
    }
}
