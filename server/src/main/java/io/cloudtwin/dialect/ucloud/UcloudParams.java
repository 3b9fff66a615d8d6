package io.cloudtwin.dialect.ucloud;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.dialect.FormCodec;
import io.cloudtwin.dialect.HttpCall;

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
        if (call.contentType().startsWith("multipart/")) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Content-Type"); // GET, form or JSON only
        }
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

    /**
     * A JSON number as the SDKs sign it (integers plain, decimals without trailing zeros). Numbers no UCloud parameter
     * takes - not finite, more than 19 integer digits, more than 19 decimals (1e400, 1e-400, huge integers) - are
     * answered 230 before anything is computed from them.
     */
    private static String number(String key, JsonNode v) {
        try {
            if (v.isIntegralNumber()) {
                BigInteger i = v.bigIntegerValue();
                if (i.bitLength() > 63) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
                return i.toString();
            }
            if (v.isDouble() || v.isFloat()) {
                double x = v.doubleValue();
                if (!Double.isFinite(x)) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
            }
            BigDecimal d = v.decimalValue().stripTrailingZeros();
            if (d.precision() - d.scale() > 19 || d.scale() > 19) {
                throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
            }
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
        }
    }

    /**
     * The Action a request names, read without trusting the rest (for the error answer's "Action":"XResponse" when
     * the request cannot be read as a whole): the query's, a form body's or a JSON body's top-level Action, if it is
     * a plain name of at most 64 letters and digits; else null.
     */
    public static String actionHint(HttpCall call) {
        String found = null;
        try {
            Map<String, String> q = new LinkedHashMap<>();
            FormCodec.parseInto(call.rawQuery(), q);
            found = q.get("Action");
        } catch (FormCodec.MalformedException | RuntimeException ignored) {
            // no hint from the query
        }
        if (found == null && call.body().length > 0) {
            if (call.jsonBody() || looksLikeJson(call.body())) {
                try (JsonParser p = JSON.createParser(call.body())) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        for (var t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                            String name = p.currentName();
                            var value = p.nextToken();
                            if (name.equals("Action") && value == JsonToken.VALUE_STRING) {
                                found = p.getString();
                                break;
                            }
                            p.skipChildren();
                        }
                    }
                } catch (RuntimeException ignored) {
                    // malformed JSON: the hint stops where the JSON does
                }
            } else {
                for (String pair : new String(call.body(), StandardCharsets.UTF_8).split("&")) {
                    if (pair.startsWith("Action=")) {
                        try {
                            found = FormCodec.decode(pair.substring(7));
                        } catch (FormCodec.MalformedException ignored) {
                            // no hint
                        }
                        break;
                    }
                }
            }
        }
        return found != null && found.matches("[A-Za-z0-9]{1,64}") ? found : null;
    }

    private static void flatten(String key, JsonNode v, Map<String, String> out) {
        if (v == null || v.isNull()) return;
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) flatten(key + "." + i, v.get(i), out);
        } else if (v.isObject()) {
            for (var e : v.properties()) flatten(key + "." + e.getKey(), e.getValue(), out);
        } else if (v.isBoolean()) {
            out.put(key, v.booleanValue() ? "true" : "false");
        } else if (v.isNumber()) {
            out.put(key, number(key, v));
        } else {
            out.put(key, v.asString());
        }
    }
}
