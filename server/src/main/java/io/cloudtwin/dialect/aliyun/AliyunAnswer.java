package io.cloudtwin.dialect.aliyun;

import java.util.Map;

import io.cloudtwin.dialect.TypedAnswer;

/**
 * A typed answer (or part of one) of an Aliyun action, generated from its response schema: what a handler returns.
 * The renderer writes {@link #toMap()} in the schema's order and types, in JSON or XML.
 */
public interface AliyunAnswer extends TypedAnswer {
    /** Puts a field that was set: answers become maps, lists of answers lists of maps. */
    static void put(Map<String, Object> m, String key, Object value) {
        TypedAnswer.put(m, key, value);
    }
}
