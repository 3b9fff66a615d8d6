package io.cloudtwin.dialect.aliyun.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ParamSpec;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * Checks a request's flat parameters against an action's metadata before any handler runs and returns the typed
 * values: String, Long (integer), BigDecimal (number), Boolean, List (arrays) and Map (objects).
 * <ul>
 * <li>required parameters present (an empty value counts as absent);</li>
 * <li>integer/number/boolean parse, minimum/maximum, int32 range, enum, maxLength/minLength;</li>
 * <li>lists by style: repeatList and flat are {@code Name.N} (1-based; objects {@code Name.N.Field}, nested lists
 * {@code Name.N.Field.M}) with N at most maxItems; json is a JSON text; simple is comma separated;
 * flat objects are {@code Name.Field};</li>
 * <li>RegionId, when given, must be one of the product's endpoint regions.</li>
 * </ul>
 * Unknown parameters are ignored, as the real API does.
 */
public final class ParamValidator {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final ActionSpec action;
    private final Map<String, String> raw;

    private ParamValidator(ActionSpec action, Map<String, String> raw) {
        this.action = action;
        this.raw = raw;
    }

    /** The validated values by parameter name; throws the action's AliyunException for the first fault. */
    public static Map<String, Object> validate(ActionSpec action, Map<String, String> raw) {
        // the action's own spelling of its region, and the common RegionId beside it: either unknown is refused
        String region = raw.get(action.regionParameter());
        if (region == null || region.isEmpty() || action.product().hasRegion(region)) region = raw.get("RegionId");
        if (region != null && !region.isEmpty() && !action.product().hasRegion(region)) {
            // a missing required parameter is reported before a bad region, as the real API checks presence first
            for (ParamSpec p : action.parameters()) {
                if (p.required() && !present(raw, p)) throw SpecErrors.missing(action, p.name());
            }
            throw SpecErrors.regionNotFound(action);
        }
        return new ParamValidator(action, raw).run();
    }

    private static boolean present(Map<String, String> raw, ParamSpec p) {
        String v = raw.get(p.name());
        if (v != null && !v.isEmpty()) return true;
        String prefix = p.name() + ".";
        for (String k : raw.keySet()) if (k.startsWith(prefix) && !raw.get(k).isEmpty()) return true;
        return false;
    }

    private Map<String, Object> run() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec p : action.parameters()) {
            Schema s = p.schema();
            if (s == null) continue;
            Object v;
            String style = p.style() == null ? "" : p.style();
            switch (style) {
                case "json" -> v = json(p.name(), s);
                case "simple" -> v = s.isArray() ? simple(p.name(), s) : flat(p.name(), s);
                default -> v = flat(p.name(), s);
            }
            if (v == null) {
                if (s.required) throw SpecErrors.missing(action, p.name());
                continue;
            }
            out.put(p.name(), v);
        }
        return out;
    }

    /** A value spread over flat keys: key itself, key.N for lists, key.Field for objects. */
    private Object flat(String key, Schema s) {
        if (s.isArray()) return flatList(key, s);
        if (s.isObject()) return flatObject(key, s);
        String v = raw.get(key);
        if (v == null || v.isEmpty()) return null;
        return scalar(key, s, v);
    }

    private List<Object> flatList(String key, Schema s) {
        String prefix = key + ".";
        TreeMap<Integer, Boolean> indexes = new TreeMap<>();
        for (String k : raw.keySet()) {
            if (!k.startsWith(prefix)) continue;
            String rest = k.substring(prefix.length());
            int dot = rest.indexOf('.');
            String seg = dot < 0 ? rest : rest.substring(0, dot);
            if (seg.isEmpty() || !seg.chars().allMatch(Character::isDigit)) continue;
            int n;
            try {
                n = Integer.parseInt(seg);
            } catch (NumberFormatException e) {
                throw SpecErrors.invalid(action, key);
            }
            if (n < 1 || (s.maxItems != null && n > s.maxItems)) throw SpecErrors.invalid(action, key);
            indexes.put(n, Boolean.TRUE);
        }
        if (indexes.isEmpty()) return null;
        Schema items = s.items == null ? Schema.STRING : s.items;
        List<Object> out = new ArrayList<>();
        for (int n : indexes.keySet()) {
            Object item = flat(prefix + n, items);
            if (item != null) out.add(item);
        }
        if (out.isEmpty()) return null;
        checkCount(key, s, out.size());
        return out;
    }

    private Map<String, Object> flatObject(String key, Schema s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
            Object v = flat(key + "." + e.getKey(), e.getValue());
            if (v != null) out.put(e.getKey(), v);
        }
        if (out.isEmpty()) return null;
        for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
            if (e.getValue().required && !out.containsKey(e.getKey())) {
                throw SpecErrors.missing(action, key + "." + e.getKey());
            }
        }
        return out;
    }

    private List<Object> simple(String key, Schema s) {
        String v = raw.get(key);
        if (v == null || v.isEmpty()) return null;
        Schema items = s.items == null ? Schema.STRING : s.items;
        List<Object> out = new ArrayList<>();
        for (String part : v.split(",", -1)) out.add(scalar(key, items, part.trim()));
        checkCount(key, s, out.size());
        return out;
    }

    private Object json(String key, Schema s) {
        String v = raw.get(key);
        if (v == null || v.isEmpty()) return null;
        JsonNode node = JsonValue.parse(v);
        if (node == null) throw SpecErrors.invalid(action, key);
        return fromJson(key, s, node);
    }

    private Object fromJson(String key, Schema s, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (s.isArray()) {
            if (!node.isArray()) throw SpecErrors.invalid(action, key);
            Schema items = s.items == null ? Schema.STRING : s.items;
            List<Object> out = new ArrayList<>();
            for (JsonNode item : node) {
                Object v = fromJson(key, items, item);
                if (v == null) throw SpecErrors.invalid(action, key);
                out.add(v);
            }
            checkCount(key, s, out.size());
            return out;
        }
        if (s.isObject() && s.properties.isEmpty()) return entries(key, node);
        if (s.isObject()) {
            if (!node.isObject()) throw SpecErrors.invalid(action, key);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
                Object v = fromJson(key + "." + e.getKey(), e.getValue(), node.get(e.getKey()));
                if (v != null) out.put(e.getKey(), v);
                else if (e.getValue().required) throw SpecErrors.missing(action, key + "." + e.getKey());
            }
            return out;
        }
        if (node.isContainer() || ("string".equals(s.type) && !node.isString())) throw SpecErrors.invalid(action, key);
        return scalar(key, s, node.asString());
    }

    /**
     * An object the metadata gives no fields (RunCommand's Parameters): its own keys, each to a scalar's text (a
     * string as it is, a number or boolean as written); a nested list or object is invalid.
     */
    private Map<String, Object> entries(String key, JsonNode node) {
        if (!node.isObject()) throw SpecErrors.invalid(action, key);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isContainer() || e.getKey().isEmpty()) throw SpecErrors.invalid(action, key);
            out.put(e.getKey(), v.isNull() ? "" : v.isString() ? v.asString() : v.toString());
        }
        return out;
    }

    private void checkCount(String key, Schema s, int count) {
        if (s.maxItems != null && count > s.maxItems) throw SpecErrors.tooMany(action, key);
        if (s.minItems != null && count < s.minItems) throw SpecErrors.invalid(action, key);
    }

    /** One scalar value, converted to its declared type and checked against its limits. */
    private Object scalar(String key, Schema s, String v) {
        switch (s.type) {
            case "integer" -> {
                if (!v.matches("-?\\d{1,19}")) throw SpecErrors.invalid(action, key);
                BigDecimal d = new BigDecimal(v);
                boolean int64 = "int64".equals(s.format);
                if (!int64 && (d.compareTo(INT_MIN) < 0 || d.compareTo(INT_MAX) > 0)) throw SpecErrors.invalid(action, key);
                if (d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 || d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    throw SpecErrors.invalid(action, key);
                }
                range(key, s, d);
                return d.longValue();
            }
            case "number" -> {
                BigDecimal d;
                try {
                    d = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw SpecErrors.invalid(action, key);
                }
                range(key, s, d);
                return d;
            }
            case "boolean" -> {
                return switch (v.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw SpecErrors.invalid(action, key);
                };
            }
            default -> {
                if (s.maxLength != null && v.codePointCount(0, v.length()) > s.maxLength) throw SpecErrors.invalid(action, key);
                if (s.minLength != null && v.codePointCount(0, v.length()) < s.minLength) throw SpecErrors.invalid(action, key);
                if (!s.enumValues.isEmpty() && !s.enumValues.contains(v)) throw SpecErrors.invalid(action, key);
                return v;
            }
        }
    }

    private void range(String key, Schema s, BigDecimal d) {
        if (s.minimum != null && d.compareTo(s.minimum) < 0) throw SpecErrors.invalid(action, key);
        if (s.maximum != null && d.compareTo(s.maximum) > 0) throw SpecErrors.invalid(action, key);
    }
}
