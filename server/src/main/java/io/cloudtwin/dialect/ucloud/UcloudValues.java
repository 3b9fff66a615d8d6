package io.cloudtwin.dialect.ucloud;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * Typed reads of validated UCloud values, shared by a request's parameters ({@link UcloudParamValues}) and an element of
 * an array-of-objects parameter ({@link UcloudItem}): a value, else its documented default, else null. Asking for a
 * name the spec does not know, or with another type than documented, is a programming error
 * ({@link IllegalStateException}).
 */
public abstract class UcloudValues {
    private final Map<String, Object> values;

    UcloudValues(Map<String, Object> values) {
        this.values = values;
    }

    /** The documented parameter or field of that name; throws IllegalStateException if there is none. */
    abstract UcloudApiSpec.Param spec(String name);

    /** How name is called in messages: the parameter's name, or Rule.2.Priority. */
    abstract String shown(String name);

    /** Whether the client gave it (a non-empty value, or at least one array element). */
    public boolean has(String name) {
        spec(name);
        return values.containsKey(name);
    }

    /** A string: its value, else the doc's default, else null (never null for a required one). */
    public String string(String name) {
        return (String) value(name, UcloudApiSpec.Type.STRING);
    }

    /** An int: its value, else the doc's default, else null. */
    public Integer integer(String name) {
        return (Integer) value(name, UcloudApiSpec.Type.INT);
    }

    /** A boolean: its value, else the doc's default, else false. */
    public boolean bool(String name) {
        return Boolean.TRUE.equals(value(name, UcloudApiSpec.Type.BOOLEAN));
    }

    /** A float: its value, else the doc's default, else null. */
    public BigDecimal decimal(String name) {
        return (BigDecimal) value(name, UcloudApiSpec.Type.FLOAT);
    }

    /** An array[string] parameter in index order; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object v = value(name, UcloudApiSpec.Type.STRING_ARRAY);
        return v == null ? List.of() : (List<String>) v;
    }

    /** An array[object] parameter in index order; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<UcloudItem> items(String name) {
        Object v = value(name, UcloudApiSpec.Type.OBJECT_ARRAY);
        return v == null ? List.of() : (List<UcloudItem>) v;
    }

    // ---- for the typed requests generated from the documentation (io.cloudtwin.dialect.ucloud.*.api)

    /** Each element of an array[object] parameter, read as its typed class. */
    public static <T> List<T> each(List<UcloudItem> items, Function<UcloudItem, T> read) {
        return items.stream().map(read).toList();
    }

    Object value(String name, UcloudApiSpec.Type type) {
        UcloudApiSpec.Param p = spec(name);
        if (p.type() != type) throw new IllegalStateException(shown(name) + " is documented as " + p.type() + ", not " + type);
        Object v = values.get(name);
        return v != null ? v : p.typedDefault();
    }

}
