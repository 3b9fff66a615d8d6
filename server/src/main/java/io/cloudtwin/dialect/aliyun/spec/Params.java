package io.cloudtwin.dialect.aliyun.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * Validated, typed parameters: the whole request (the generated request types read it) or one item of an object list
 * (Tag.N, Permissions.N, DataDisk.N). Values were checked against the metadata before the handler runs, so reading
 * never fails for a parameter the action declares; a parameter the metadata does not declare is read from the raw
 * request and checked on read (InvalidParameter).
 */
public final class Params {
    private final ActionSpec action;
    private final String prefix;
    private final Map<String, Object> values;
    private final Map<String, String> raw;

    Params(ActionSpec action, String prefix, Map<String, Object> values, Map<String, String> raw) {
        this.action = action;
        this.prefix = prefix;
        this.values = values;
        this.raw = raw;
    }

    /** Validates raw against the action's metadata (throws the action's AliyunException) and returns the view. */
    public static Params validate(ActionSpec action, Map<String, String> raw) {
        return new Params(action, "", ParamValidator.validate(action, raw), raw);
    }

    /**
     * The same values without the raw request's undeclared parameters: what another product's reader may see of a
     * request this action's metadata validated (an alias, ProductSpec.aliases).
     */
    public Params declaredOnly() {
        return new Params(action, prefix, values, null);
    }

    private Object value(String name) {
        Object v = values.get(name);
        if (v != null) return v;
        if (raw != null) {
            String r = raw.get(name);
            if (r != null && !r.isEmpty() && action.parameter(name).isEmpty()) return r;
        }
        return null;
    }

    private String key(String name) {
        return prefix + name;
    }

    public boolean has(String name) {
        return value(name) != null;
    }

    /** The value as given, or null when absent (or empty). */
    public String string(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (v instanceof List<?> || v instanceof Map<?, ?>) throw SpecErrors.invalid(action, key(name));
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    public String string(String name, String fallback) {
        String v = string(name);
        return v == null ? fallback : v;
    }

    /** The value; when absent the action's missing-parameter error (MissingParameter or its own code). */
    public String required(String name) {
        String v = string(name);
        if (v == null) throw SpecErrors.missing(action, key(name));
        return v;
    }

    public Long longValue(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (v instanceof Long l) return l;
        if (v instanceof BigDecimal d) return d.longValue();
        try {
            return Long.parseLong(v.toString());
        } catch (NumberFormatException e) {
            throw SpecErrors.invalid(action, key(name));
        }
    }

    public long longValue(String name, long fallback) {
        return Objects.requireNonNullElse(longValue(name), fallback);
    }

    /** An integer parameter; the metadata's minimum/maximum were already checked. */
    public Integer integer(String name) {
        Long v = longValue(name);
        if (v == null) return null;
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw SpecErrors.invalid(action, key(name));
        return v.intValue();
    }

    public int integer(String name, int fallback) {
        return Objects.requireNonNullElse(integer(name), fallback);
    }

    public BigDecimal number(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long l) return BigDecimal.valueOf(l);
        try {
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            throw SpecErrors.invalid(action, key(name));
        }
    }

    public Boolean bool(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (v instanceof Boolean b) return b;
        return switch (v.toString().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw SpecErrors.invalid(action, key(name));
        };
    }

    public boolean bool(String name, boolean fallback) {
        return Objects.requireNonNullElse(bool(name), fallback);
    }

    /** A list of scalars (repeatList Name.N, flat, json array, simple), as strings in N order; empty when absent. */
    public List<String> list(String name) {
        Object v = value(name);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) return List.of(string(name));
        List<String> out = new ArrayList<>(l.size());
        for (Object o : l) {
            if (o instanceof List<?> || o instanceof Map<?, ?>) throw SpecErrors.invalid(action, key(name));
            out.add(o instanceof BigDecimal d ? d.toPlainString() : o.toString());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A string parameter that carries a JSON array of ids, as DescribeInstances' InstanceIds=["i-a","i-b"]
     * (the metadata types it as a plain string). Not an array of non-empty strings: the action's invalid-parameter
     * error; more than maxItems: its too-many error (InvalidName.TooManyInput where documented). Empty when absent.
     */
    public List<String> jsonList(String name, int maxItems) {
        String v = string(name);
        if (v == null) return List.of();
        List<String> out = new ArrayList<>();
        JsonNode node = JsonValue.parse(v);
        if (node == null || !node.isArray()) throw SpecErrors.invalid(action, key(name));
        for (JsonNode item : node) {
            if (!item.isString() || item.asString().isEmpty()) throw SpecErrors.invalid(action, key(name));
            out.add(item.asString());
        }
        if (out.size() > maxItems) throw SpecErrors.tooMany(action, key(name));
        return Collections.unmodifiableList(out);
    }

    /** A list of objects (Tag.N.Key, Permissions.N.IpProtocol, ...), each a typed view; empty when absent. */
    public List<Params> objects(String name) {
        Object v = value(name);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw SpecErrors.invalid(action, key(name));
        List<Params> out = new ArrayList<>(l.size());
        int n = 1;
        for (Object o : l) {
            if (!(o instanceof Map<?, ?> m)) throw SpecErrors.invalid(action, key(name));
            out.add(new Params(action, key(name) + "." + n + ".", cast(m), null));
            n++;
        }
        return Collections.unmodifiableList(out);
    }

    /** One object parameter (flat Name.Field or json style), or null when absent. */
    public Params object(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (!(v instanceof Map<?, ?> m)) throw SpecErrors.invalid(action, key(name));
        return new Params(action, key(name) + ".", cast(m), null);
    }

    /** An object parameter whose keys are the caller's own (RunCommand's Parameters): key to text; null when absent. */
    public Map<String, String> entries(String name) {
        Object v = value(name);
        if (v == null) return null;
        if (!(v instanceof Map<?, ?> m)) throw SpecErrors.invalid(action, key(name));
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), String.valueOf(x)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Tag.N.Key / Tag.N.Value pairs (either case, as the metadata lists both) as an ordered key to value map;
     * a pair without a key is the action's invalid-parameter error; a missing value is "".
     */
    public Map<String, String> tags(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Params t : objects(name)) {
            String k = t.string("Key", t.string("key"));
            if (k == null) throw SpecErrors.invalid(action, key(name));
            out.put(k, t.string("Value", t.string("value", "")));
        }
        return out;
    }

    // ---- for the typed requests generated from the metadata (io.cloudtwin.dialect.aliyun.*.api)

    /** Each item of an object list, read as its typed class. */
    public static <T> List<T> each(List<Params> items, Function<Params, T> read) {
        List<T> out = new ArrayList<>(items.size());
        for (Params p : items) out.add(read.apply(p));
        return Collections.unmodifiableList(out);
    }

    public static List<Integer> integers(List<String> values) {
        return values.stream().map(Integer::valueOf).toList();
    }

    public static List<Long> longs(List<String> values) {
        return values.stream().map(Long::valueOf).toList();
    }

    public static List<BigDecimal> numbers(List<String> values) {
        return values.stream().map(BigDecimal::new).toList();
    }

    public static List<Boolean> booleans(List<String> values) {
        return values.stream().map(Boolean::valueOf).toList();
    }

    /** The validated values of this view (typed: String, Long, BigDecimal, Boolean, List, Map). */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
