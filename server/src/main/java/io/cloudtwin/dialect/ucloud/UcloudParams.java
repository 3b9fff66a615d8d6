package io.cloudtwin.dialect.ucloud;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.dialect.FormCodec;
import io.cloudtwin.dialect.HttpCall;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a UCloud request into one flat map of strings, whatever its wire form: GET query, POST form, POST JSON.
 * JSON arrays become Key.0, Key.1 ...; objects become Key.Field (so [{"Id":"a"}] under SecGroupId is
 * SecGroupId.0.Id); booleans are true/false, numbers are written without trailing zeros. That flat map is also what
 * the signature covers. Query and body are merged; the body wins on a clash (it is what SDKs sign).
 */
public final class UcloudParams {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UcloudParams() {}

    public static Map<String, String> read(HttpCall call) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        try {
            FormCodec.parseInto(call.rawQuery(), query);
            if (call.body().length > 0) {
                if (call.jsonBody() || looksLikeJson(call.body())) {
                    JsonNode root;
                    try {
                        root = JSON.readTree(call.body());
                    } catch (JacksonException e) {
                        throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "body");
                    }
                    if (root == null || !root.isObject()) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "body");
                    for (var e : root.properties()) flatten(e.getKey(), e.getValue(), out);
                } else {
                    FormCodec.parseInto(new String(call.body(), StandardCharsets.UTF_8), out);
                }
            }
        } catch (FormCodec.MalformedException e) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "encoding");
        }
        query.forEach(out::putIfAbsent);
        return out;
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
            return b == '{';
        }
        return false;
    }

    private static void flatten(String key, JsonNode v, Map<String, String> out) {
        if (v == null || v.isNull()) return;
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) flatten(key + "." + i, v.get(i), out);
        } else if (v.isObject()) {
            for (var e : v.properties()) flatten(key + "." + e.getKey(), e.getValue(), out);
        } else if (v.isBoolean()) {
            out.put(key, v.booleanValue() ? "true" : "false");
        } else if (v.isIntegralNumber()) {
            out.put(key, v.bigIntegerValue().toString());
        } else if (v.isNumber()) {
            BigDecimal d = v.decimalValue().stripTrailingZeros();
            out.put(key, d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString());
        } else {
            out.put(key, v.asString());
        }
    }
}
