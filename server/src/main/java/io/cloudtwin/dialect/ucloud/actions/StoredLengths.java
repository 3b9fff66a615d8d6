package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * The longest names, tags and remarks of VPCs, subnets and firewalls the store keeps (UCloud's doc gives no limit
 * for them): a longer one is 230 for that parameter, never a store failure.
 */
final class StoredLengths {
    static final int NAME = 128;
    static final int TAG = 64;
    static final int REMARK = 512;

    private StoredLengths() {}

    /** The parameter's value (or fallback when absent), refused with 230 when longer than max. */
    static String text(UcloudRequest r, String name, String fallback, int max) {
        String v = r.string(name, fallback);
        if (v != null && v.codePointCount(0, v.length()) > max) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
        return v;
    }
}
