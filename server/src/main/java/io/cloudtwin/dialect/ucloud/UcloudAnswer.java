package io.cloudtwin.dialect.ucloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A typed answer (or a documented model in one) of a UCloud action, generated from its documentation: what a handler
 * returns. Only documented fields exist, with the documented types; the pipeline adds Action and RetCode.
 */
public interface UcloudAnswer {
    /** The fields that were set, in the documentation's order; models and lists of them as maps and lists. */
    Map<String, Object> toMap();

    /** Puts a field that was set: models become maps, lists of models lists of maps. */
    static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, plain(value));
    }

    private static Object plain(Object value) {
        if (value instanceof UcloudAnswer a) return a.toMap();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(plain(o));
            return out;
        }
        return value;
    }
}
