package io.cloudtwin.dialect.aliyun;

import java.util.Map;

import io.cloudtwin.dialect.InputLimits;

/** InputLimits in Aliyun's words: a name or description gets its own Malformed code, any other value InvalidParameter. */
final class AliyunLimits {
    private AliyunLimits() {}

    static void check(Map<String, String> params) {
        InputLimits.Violation v = InputLimits.check(params, InputLimits.ALIYUN);
        if (v == null) return;
        String malformed = v.limit() == null ? null : v.limit().aliyunMalformedCode();
        AliyunError error = malformed == null ? AliyunError.INVALID_PARAMETER
                : AliyunError.byCode(malformed).orElse(AliyunError.INVALID_PARAMETER);
        throw new AliyunException(error, v.parameter());
    }
}
