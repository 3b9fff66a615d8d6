package io.cloudtwin.dialect.aliyun.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.dialect.aliyun.AliyunError;

/**
 * The errors any action may answer without its metadata listing them: the RPC protocol's own (request shape,
 * signature, dispatch, throttling, DryRun, region) and ours (NotImplemented). Everything else an action answers must
 * be in that action's errorCodes with the same HTTP status; the conformance test holds every answer to this table.
 */
public final class CommonErrors {
    private static final Map<String, Integer> TABLE = new LinkedHashMap<>();

    static {
        for (AliyunError e : new AliyunError[] {
                AliyunError.MISSING_PARAMETER, AliyunError.INVALID_PARAMETER, AliyunError.INVALID_ACTION,
                AliyunError.INVALID_VERSION, AliyunError.UNSUPPORTED_HTTP_METHOD, AliyunError.MISSING_SIGNATURE,
                AliyunError.SIGNATURE_DOES_NOT_MATCH, AliyunError.INCOMPLETE_SIGNATURE, AliyunError.INVALID_SIGNATURE_METHOD,
                AliyunError.INVALID_ACCESS_KEY, AliyunError.NONCE_USED, AliyunError.TIMESTAMP_EXPIRED,
                AliyunError.TIMESTAMP_FORMAT, AliyunError.THROTTLING, AliyunError.DRY_RUN,
                AliyunError.NOT_IMPLEMENTED, AliyunError.REGION_NOT_FOUND, AliyunError.SERVICE_UNAVAILABLE,
                AliyunError.REQUEST_TIMEOUT}) {
            TABLE.put(e.code(), e.httpStatus());
        }
    }

    private CommonErrors() {}

    public static boolean isCommon(String code) {
        return TABLE.containsKey(code);
    }

    /** Whether code with this status is a common protocol answer. */
    public static boolean isCommon(String code, int status) {
        Integer s = TABLE.get(code);
        return s != null && s == status;
    }

    /** Code to HTTP status, in a stable order (for the docs). */
    public static Map<String, Integer> table() {
        return Collections.unmodifiableMap(TABLE);
    }
}
