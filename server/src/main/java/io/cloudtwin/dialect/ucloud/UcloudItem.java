package io.cloudtwin.dialect.ucloud;

import java.util.Map;

/**
 * One element of an array-of-objects parameter ({@code Rule.2.Priority}), already validated against the field's
 * spec. Absent fields read as their documented default, else null; asking for a field the spec does not know is a
 * programming error ({@link IllegalStateException}).
 */
public final class UcloudItem {
    private final UcloudSpec.Param param;
    private final int index;
    private final Map<String, Object> values;

    UcloudItem(UcloudSpec.Param param, int index, Map<String, Object> values) {
        this.param = param;
        this.index = index;
        this.values = values;
    }

    /** The element's index as the client sent it (0-based). */
    public int index() {
        return index;
    }

    /** The wire name of one field of this element, for error messages: {@code Rule.2.Priority}. */
    public String key(String field) {
        return param.name() + "." + index + "." + field;
    }

    public boolean has(String field) {
        spec(field);
        return values.containsKey(field);
    }

    public String string(String field) {
        return (String) value(field, UcloudSpec.Type.STRING);
    }

    public String string(String field, String fallback) {
        String v = string(field);
        return v == null ? fallback : v;
    }

    public Integer integer(String field) {
        return (Integer) value(field, UcloudSpec.Type.INT);
    }

    public int integer(String field, int fallback) {
        Integer v = integer(field);
        return v == null ? fallback : v;
    }

    public boolean bool(String field) {
        return Boolean.TRUE.equals(value(field, UcloudSpec.Type.BOOLEAN));
    }

    private Object value(String field, UcloudSpec.Type type) {
        UcloudSpec.Param f = spec(field);
        if (f.type() != type) throw new IllegalStateException(key(field) + " is documented as " + f.type() + ", not " + type);
        Object v = values.get(field);
        return v != null ? v : UcloudRequest.typedDefault(f);
    }

    private UcloudSpec.Param spec(String field) {
        return param.field(field).orElseThrow(
                () -> new IllegalStateException(param.name() + ".N." + field + " is not a documented field"));
    }
}
