package io.cloudtwin.spec.aliyun;

/**
 * One request parameter of an action: its name (which may already hold dots, such as Filter.1.Key), its style
 * (repeatList, flat, json, simple, or null for a plain value) and its schema.
 */
public record ParamSpec(String name, String style, Schema schema) {
    public boolean required() {
        return schema.required;
    }
}
