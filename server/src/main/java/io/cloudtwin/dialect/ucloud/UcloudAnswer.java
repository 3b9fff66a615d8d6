package io.cloudtwin.dialect.ucloud;

import java.util.Map;

import io.cloudtwin.dialect.TypedAnswer;

/**
 * A typed answer (or a documented model in one) of a UCloud action, generated from its documentation: what a handler
 * returns. Only documented fields exist, with the documented types; the pipeline adds Action and RetCode.
 */
public interface UcloudAnswer extends TypedAnswer {
    /** Puts a field that was set: models become maps, lists of models lists of maps. */
    static void put(Map<String, Object> m, String key, Object value) {
        TypedAnswer.put(m, key, value);
    }
}
