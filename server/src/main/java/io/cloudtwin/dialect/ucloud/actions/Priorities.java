package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** A binding priority: 1..5, 1 when absent. */
final class Priorities {
    private Priorities() {}

    static int parse(String value, String param) {
        if (value == null || value.isEmpty()) return 1;
        try {
            int p = Integer.parseInt(value.trim());
            if (p >= 1 && p <= 5) return p;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, param);
    }
}
