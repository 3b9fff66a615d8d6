package io.cloudtwin.ucloud.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * Checks an answer against UCloud's documented response of the action (ucloud-api/*.json, with the SDK corrections):
 * every field must be documented, at the top and inside every model, and have the documented JSON type (int: an
 * integral number, float: a number, string, boolean, array[X]: an array of X, a model name: an object of that model).
 * Returns the problems found, empty when the answer is shaped as documented.
 */
public final class SpecShape {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpecShape() {}

    public static List<String> problems(UcloudApiSpec spec, String action, String body) {
        List<String> out = new ArrayList<>();
        UcloudApiSpec.Action a = spec.action(action).orElseThrow();
        check(spec, a.response(), JSON.readTree(body), action + "Response", out);
        return out;
    }

    private static void check(UcloudApiSpec spec, List<UcloudApiSpec.Field> fields, JsonNode node, String path, List<String> out) {
        if (!node.isObject()) {
            out.add(path + " is not an object");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            UcloudApiSpec.Field f = fields.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
            if (f == null) {
                out.add(path + "." + e.getKey() + " is not documented");
                continue;
            }
            type(spec, f.type(), e.getValue(), path + "." + e.getKey(), out);
        }
    }

    private static void type(UcloudApiSpec spec, String type, JsonNode v, String path, List<String> out) {
        boolean ok = switch (type) {
            case "int" -> v.isIntegralNumber();
            case "float" -> v.isNumber();
            case "string" -> v.isString();
            case "boolean" -> v.isBoolean();
            default -> true;
        };
        if (!ok) {
            out.add(path + " should be " + type + ", is " + v.getNodeType());
            return;
        }
        if (type.startsWith("array[")) {
            if (!v.isArray()) {
                out.add(path + " should be " + type + ", is " + v.getNodeType());
                return;
            }
            String element = type.substring(6, type.length() - 1);
            for (int i = 0; i < v.size(); i++) type(spec, element, v.get(i), path + "[" + i + "]", out);
        } else if (!List.of("int", "float", "string", "boolean").contains(type)) {
            List<UcloudApiSpec.Field> model = model(spec, type);
            if (model == null) out.add(path + " has an unknown documented type " + type);
            else check(spec, model, v, path, out);
        }
    }

    private static List<UcloudApiSpec.Field> model(UcloudApiSpec spec, String name) {
        for (UcloudApiSpec.Product p : spec.products().values()) {
            if (p.models().containsKey(name)) return p.models().get(name);
        }
        return null;
    }
}
