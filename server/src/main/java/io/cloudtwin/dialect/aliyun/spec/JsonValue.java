package io.cloudtwin.dialect.aliyun.spec;

import java.util.Map;

import io.cloudtwin.dialect.InputLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a string parameter carries (InstanceIds=["i-a"], SLB's BackendServers, AclEntrys, RuleList ...). The
 * request's own characters are checked before any handler runs (InputLimits); what the JSON's escapes decode to is
 * checked here the same way, so that a "\u0000" inside a value is refused like a raw one instead of reaching the
 * store (PostgreSQL refuses NUL in text, even in a lookup).
 */
public final class JsonValue {
    private static final JsonMapper STRICT = JsonMapper.builder().build();
    /** As SLB reads its JSON parameters: single quotes (the old SDK samples', Terraform's) and bare names too. */
    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES).build();

    private JsonValue() {}

    /** The tree of a JSON text; null when it is absent, not JSON, or decodes to a character no parameter may hold. */
    public static JsonNode parse(String text) {
        return read(STRICT, text);
    }

    /** As parse, with single quotes and unquoted names allowed. */
    public static JsonNode parseLenient(String text) {
        return read(LENIENT, text);
    }

    private static JsonNode read(JsonMapper mapper, String text) {
        if (text == null || text.isEmpty()) return null;
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
        return node != null && safe(node) ? node : null;
    }

    private static boolean safe(JsonNode node) {
        if (node.isString()) return InputLimits.xmlSafe(node.asString());
        if (node.isArray()) {
            for (JsonNode item : node) if (!safe(item)) return false;
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!InputLimits.xmlSafe(e.getKey()) || !safe(e.getValue())) return false;
            }
        }
        return true;
    }
}
