package io.cloudtwin.dialect.aliyun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.dialect.InputLimits;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ParamSpec;

/**
 * InputLimits in Aliyun's words, for the action being called: the action's own Malformed code for the parameter
 * where its metadata lists one (InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed, ...), else the
 * table's code when the action documents it, else InvalidParameter.
 */
final class AliyunLimits {
    private AliyunLimits() {}

    static void check(Map<String, String> params, ActionSpec action) {
        InputLimits.Violation v = violation(params, action);
        if (v == null) return;
        AliyunException own = SpecErrors.invalid(action, v.parameter());
        if (!own.code().equals(AliyunError.INVALID_PARAMETER.code())) throw own;
        String malformed = v.limit() == null ? null : v.limit().aliyunMalformedCode();
        if (malformed != null && action.error(malformed).isPresent()) throw SpecErrors.documented(action, malformed, v.parameter());
        throw own;
    }

    /**
     * The first value that breaks the table. A parameter the action takes as ids separated by commas (corrections.json,
     * commaLists: DescribeVpcs' VpcId, up to 20) is held item by item, each to the width of one id.
     */
    private static InputLimits.Violation violation(Map<String, String> params, ActionSpec action) {
        Map<String, String> whole = params;
        List<Map<String, String>> items = new ArrayList<>();
        for (ParamSpec p : action.commaSeparated()) {
            String v = params.get(p.name());
            if (v == null) continue;
            if (whole == params) whole = new LinkedHashMap<>(params);
            whole.remove(p.name());
            for (String item : v.split(",", -1)) items.add(Map.of(p.name(), item));
        }
        InputLimits.Violation v = InputLimits.check(whole, InputLimits.ALIYUN);
        for (int i = 0; v == null && i < items.size(); i++) v = InputLimits.check(items.get(i), InputLimits.ALIYUN);
        return v;
    }
}
