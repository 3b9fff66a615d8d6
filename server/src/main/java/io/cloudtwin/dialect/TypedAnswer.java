package io.cloudtwin.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A typed answer of any cloud, generated from its description: its fields as a map, in the description's order. The
 * clouds' own answer interfaces extend it, so one piece writes a set field for both.
 */
public interface TypedAnswer {
    /** The fields that were set, in the description's order; nested answers and lists of them as maps and lists. */
    Map<String, Object> toMap();

    /** Puts a field that was set: answers become maps, lists of answers lists of maps. */
    static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, plain(value));
    }

    private static Object plain(Object value) {
        if (value instanceof TypedAnswer a) return a.toMap();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(plain(o));
            return out;
        }
        return value;
    }
}
