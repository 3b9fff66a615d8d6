package io.cloudtwin.spec.aliyun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One schema node of Alibaba's API metadata (a parameter, a parameter's item or property, or a response field):
 * type string|integer|number|boolean|array|object, and the limits the metadata states. Properties keep the
 * metadata's order, which is the order responses are written in.
 */
public final class Schema {
    public final String type;
    public final String format;
    public final boolean required;
    public final BigDecimal minimum;
    public final BigDecimal maximum;
    public final Integer maxLength;
    public final Integer minLength;
    public final Integer maxItems;
    public final Integer minItems;
    public final List<String> enumValues;
    public final Schema items;
    public final Map<String, Schema> properties;
    /** What a response writes for this schema when the handler gives nothing, made once. */
    private volatile Object empty;

    /** A plain string, for list items the metadata leaves untyped. */
    public static final Schema STRING = new Schema(JsonNodeFactory.instance.objectNode());

    private Schema(JsonNode n) {
        type = n.path("type").asString("string");
        format = text(n, "format");
        required = n.path("required").asBoolean(false);
        minimum = decimal(n, "minimum");
        maximum = decimal(n, "maximum");
        maxLength = integer(n, "maxLength");
        minLength = integer(n, "minLength");
        maxItems = integer(n, "maxItems");
        minItems = integer(n, "minItems");
        JsonNode e = n.get("enum");
        if (e != null && e.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : e) values.add(v.asString());
            enumValues = Collections.unmodifiableList(values);
        } else {
            enumValues = List.of();
        }
        JsonNode i = n.get("items");
        items = i != null && i.isObject() ? new Schema(i) : null;
        JsonNode p = n.get("properties");
        if (p != null && p.isObject()) {
            Map<String, Schema> props = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : p.properties()) props.put(entry.getKey(), new Schema(entry.getValue()));
            properties = Collections.unmodifiableMap(props);
        } else {
            properties = Map.of();
        }
    }

    /** A list of at most maxItems non-empty strings (see corrections.json: jsonArrays, commaLists). */
    static Schema arrayOfIds(boolean required, int maxItems) {
        var f = JsonNodeFactory.instance;
        var items = f.objectNode().put("type", "string").put("minLength", "1");
        return new Schema(f.objectNode().put("type", "array").put("required", required).put("maxItems", String.valueOf(maxItems))
                .set("items", items));
    }

    public static Schema of(JsonNode n) {
        return n == null || !n.isObject() ? null : new Schema(n);
    }

    public boolean isArray() {
        return "array".equals(type);
    }

    public boolean isObject() {
        return "object".equals(type);
    }

    public boolean isScalar() {
        return !isArray() && !isObject();
    }

    /**
     * The name of the single array property of a list wrapper such as {"SecurityGroupIds":{"SecurityGroupId":[..]}},
     * or null when this is not such a wrapper. In XML the wrapper's items are repeated &lt;SecurityGroupId&gt; elements.
     */
    public String wrappedArray() {
        if (!isObject() || properties.size() != 1) return null;
        Map.Entry<String, Schema> only = properties.entrySet().iterator().next();
        return only.getValue().isArray() ? only.getKey() : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) return null;
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode n, String field) {
        BigDecimal d = decimal(n, field);
        return d == null ? null : d.intValue();
    }

    /**
     * The value an answer writes for an absent field of this schema: "" / 0 / false, an empty list, an object of
     * empty values. Immutable, made once, shared by every answer.
     */
    public Object emptyValue() {
        Object e = empty;
        if (e == null) empty = e = emptyOf();
        return e;
    }

    private Object emptyOf() {
        if (isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> e : properties.entrySet()) out.put(e.getKey(), e.getValue().emptyValue());
            return Collections.unmodifiableMap(out);
        }
        if (isArray()) return List.of();
        return switch (type) {
            case "integer" -> 0L;
            case "number" -> 0.0; // a decimal: the SDKs read number fields as Float or Double
            case "boolean" -> Boolean.FALSE;
            default -> "";
        };
    }
}
