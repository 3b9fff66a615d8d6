package io.cloudtwin.dialect.ucloud;

import java.util.Map;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * One element of an array-of-objects parameter ({@code Rule.2.Priority}), already validated against the field's
 * spec. Absent fields read as their documented default, else null; asking for a field the spec does not know is a
 * programming error ({@link IllegalStateException}).
 */
public final class UcloudItem extends UcloudValues {
    private final UcloudApiSpec.Param param;
    private final int index;

    UcloudItem(UcloudApiSpec.Param param, int index, Map<String, Object> values) {
        super(values);
        this.param = param;
        this.index = index;
    }

    /** The element's index as the client sent it (0-based). */
    public int index() {
        return index;
    }

    /** The wire name of one field of this element, for error messages: {@code Rule.2.Priority}. */
    public String key(String field) {
        return param.name() + "." + index + "." + field;
    }

    @Override
    UcloudApiSpec.Param spec(String field) {
        return param.field(field).orElseThrow(
                () -> new IllegalStateException(param.name() + ".N." + field + " is not a documented field"));
    }

    @Override
    String shown(String field) {
        return key(field);
    }
}
