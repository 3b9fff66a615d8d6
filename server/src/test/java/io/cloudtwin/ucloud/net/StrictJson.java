package io.cloudtwin.ucloud.net;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.annotations.SerializedName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict decoding of a raw UCloud answer against a response class written with the official SDK models' field
 * names and types (ucloud-sdk-go services/vpc, services/unet): every JSON value must have exactly the declared type
 * (a string is not an int, an object is not a string), every declared field must be present unless marked
 * {@link Optional}, and an object may carry no field its class does not declare unless the class is {@link Partial}.
 * Gson (what the Java client uses) coerces "5" into an int and drops unknown fields silently; this does not.
 */
public final class StrictJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> COMMON = Set.of("Action", "RetCode", "Message", "RequestId", "TotalCount");

    private StrictJson() {}

    /** A model field the cloud may leave out. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Optional {}

    /** A class that declares only the fields a test reads (the rest of the object is another helper's business). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Partial {}

    /** Checks a whole response body; returns the problems found (empty when it decodes strictly). */
    public static List<String> problems(String body, Class<?> responseClass) {
        List<String> out = new ArrayList<>();
        JsonNode root = JSON.readTree(body);
        object(root, responseClass, "$", out, true);
        return out;
    }

    private static void object(JsonNode node, Class<?> type, String path, List<String> out, boolean top) {
        if (!node.isObject()) {
            out.add(path + ": expected an object for " + type.getSimpleName() + ", got " + node.getNodeType());
            return;
        }
        Set<String> declared = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class && c != cn.ucloud.common.response.Response.class;
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                SerializedName n = f.getAnnotation(SerializedName.class);
                if (n == null) continue;
                declared.add(n.value());
                JsonNode v = node.get(n.value());
                if (v == null || v.isNull()) {
                    if (f.getAnnotation(Optional.class) == null) out.add(path + "." + n.value() + ": missing");
                    continue;
                }
                value(v, f.getGenericType(), path + "." + n.value(), out);
            }
        }
        if (type.getAnnotation(Partial.class) != null) return;
        for (var e : node.properties()) {
            if (declared.contains(e.getKey()) || (top && COMMON.contains(e.getKey()))) continue;
            out.add(path + "." + e.getKey() + ": not a field of the SDK model " + type.getSimpleName());
        }
    }

    private static void value(JsonNode v, Type t, String path, List<String> out) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!v.isArray()) {
                out.add(path + ": expected an array, got " + v.getNodeType());
                return;
            }
            for (int i = 0; i < v.size(); i++) value(v.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", out);
            return;
        }
        Class<?> c = (Class<?>) t;
        boolean ok;
        if (c == String.class) ok = v.isString();
        else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) ok = v.isIntegralNumber();
        else if (c == Boolean.class || c == boolean.class) ok = v.isBoolean();
        else if (c == Double.class || c == double.class) ok = v.isNumber();
        else {
            object(v, c, path, out, false);
            return;
        }
        if (!ok) out.add(path + ": expected " + c.getSimpleName() + ", got " + v.getNodeType() + " " + v);
    }
}
