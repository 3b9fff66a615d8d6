package io.cloudtwin.dialect.aliyun.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.spec.aliyun.Schema;

/**
 * Shapes a handler's answer by the action's response schema: fields in the schema's order, every documented field
 * present (absent ones get the type's empty value: "", 0, false, an empty list, an object of empty values), scalars
 * written as the schema types them (a string field given a number is written as a string). A handler may give a
 * list wrapper's list directly: for {"SecurityGroupIds":{"SecurityGroupId":[...]}} both
 * {@code "SecurityGroupIds", List.of(..)} and {@code "SecurityGroupIds", Map.of("SecurityGroupId", List.of(..))} work.
 * <p>Fields outside the schema are kept, after the documented ones, so that the conformance test sees them on the
 * wire and fails: a handler must not answer a field the cloud does not know.
 */
public final class ResponseShaper {
    private ResponseShaper() {}

    /** The body of a success answer: RequestId first, then the schema's fields. */
    public static Map<String, Object> body(Schema response, String requestId, Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RequestId", requestId);
        return fields(out, response != null && response.isObject() ? response.properties : Map.of(), "RequestId",
                fields == null ? Map.of() : fields);
    }

    /**
     * An object's fields in its schema's order (but skip, written already), each shaped from what is given, then what
     * is given beyond the schema.
     */
    private static Map<String, Object> fields(Map<String, Object> out, Map<String, Schema> properties, String skip,
                                              Map<String, Object> given) {
        for (Map.Entry<String, Schema> e : properties.entrySet()) {
            if (!e.getKey().equals(skip)) out.put(e.getKey(), value(e.getValue(), given.get(e.getKey())));
        }
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (!out.containsKey(e.getKey()) && e.getValue() != null) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * What is given, without the fields the schema does not document, at any depth: another product's answer seen
     * through this action's schema (an alias, ProductSpec.aliases).
     */
    public static Map<String, Object> documented(Schema response, Map<String, Object> fields) {
        if (response == null || !response.isObject()) return new LinkedHashMap<>();
        return documentedFields(response.properties, fields);
    }

    private static Map<String, Object> documentedFields(Map<String, Schema> properties, Map<String, Object> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            Schema s = properties.get(k);
            if (s != null) out.put(k, documentedValue(s, v));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object documentedValue(Schema s, Object v) {
        if (s.isObject() && v instanceof Map<?, ?> m) return documentedFields(s.properties, (Map<String, Object>) m);
        if (s.isObject() && v instanceof List<?> l && s.wrappedArray() != null) {
            return documentedValue(s.properties.get(s.wrappedArray()), l);
        }
        if (s.isArray() && v instanceof List<?> l) {
            Schema items = s.items == null ? Schema.STRING : s.items;
            return l.stream().map(o -> documentedValue(items, o)).toList();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Object value(Schema s, Object v) {
        if (v == null) return s.emptyValue();
        if (s.isObject()) {
            String inner = s.wrappedArray();
            if (inner != null && v instanceof List<?>) v = Map.of(inner, v);
            Map<String, Object> given = v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            if (v != null && !(v instanceof Map<?, ?>)) return v; // wrong shape: left for the conformance test
            return fields(new LinkedHashMap<>(), s.properties, null, given);
        }
        if (s.isArray()) {
            if (v == null) return List.of();
            if (!(v instanceof List<?> l)) return v;
            Schema items = s.items == null ? Schema.STRING : s.items;
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(value(items, o));
            return out;
        }
        return scalar(s, v);
    }

    private static Object scalar(Schema s, Object v) {
        switch (s.type) {
            case "integer":
                if (v == null) return 0L;
                if (v instanceof Integer || v instanceof Long || v instanceof Short) return ((Number) v).longValue();
                return v;
            case "number":
                if (v == null) return 0.0;
                if (v instanceof Integer || v instanceof Long || v instanceof Short) return ((Number) v).doubleValue();
                return v;
            case "boolean":
                if (v == null) return Boolean.FALSE;
                return v;
            default:
                if (v == null) return "";
                if (v instanceof Number || v instanceof Boolean) {
                    return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                }
                if (v instanceof Enum<?> e) return e.name();
                return v;
        }
    }
}
