package io.cloudtwin.dialect.aliyun;

import java.util.Map;

import io.cloudtwin.dialect.InputLimits;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;
import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * InputLimits in Aliyun's words, for the action being called: the action's own Malformed code for the parameter
 * where its metadata lists one (InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed, ...), else the
 * table's code when the action documents it, else InvalidParameter.
 */
final class AliyunLimits {
    private AliyunLimits() {}

    static void check(Map<String, String> params, ActionSpec action) {
        InputLimits.Violation v = InputLimits.check(params, InputLimits.ALIYUN);
        if (v == null) return;
        AliyunException own = SpecErrors.invalid(action, v.parameter());
        if (!own.code().equals(AliyunError.INVALID_PARAMETER.code())) throw own;
        String malformed = v.limit() == null ? null : v.limit().aliyunMalformedCode();
        if (malformed != null && action.error(malformed).isPresent()) throw SpecErrors.documented(action, malformed, v.parameter());
        throw own;
    }
}
