package io.cloudtwin.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The changes {@link ScopedTable#update} makes to a row, by record component name, in the order given; a null value
 * leaves that column as it is.
 */
public final class RowChanges {
    private RowChanges() {}

    /** Component name, value, component name, value... */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("a name without its value");
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }

    /** Every component of a record of changes, as the component of the same name of the changed kind. */
    public static Map<String, Object> from(Record changes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : changes.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(changes));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
