package io.cloudtwin.dialect.aliyun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A typed answer (or part of one) of an Aliyun action, generated from its response schema: what a handler returns.
 * The renderer writes {@link #toMap()} in the schema's order and types, in JSON or XML.
 */
public interface AliyunAnswer {
    /** The fields that were set, in the schema's order; nested answers and lists of them as maps and lists. */
    Map<String, Object> toMap();

    /** Puts a field that was set: answers become maps, lists of answers lists of maps. */
    static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, plain(value));
    }

    private static Object plain(Object value) {
        if (value instanceof AliyunAnswer a) return a.toMap();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(plain(o));
            return out;
        }
        return value;
    }
}
