package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** A binding priority: 1..5, 1 when absent. */
final class Priorities {
    private Priorities() {}

    static int check(Integer value, String key) {
        if (value == null) return 1;
        if (value < 1 || value > 5) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
        return value;
    }
}
