package io.cloudtwin.spec.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameter groups that many requests share (shapes.json next to a cloud's descriptions): a generated class that has
 * every parameter of a shape implements the shape's interface, whose getters take the types of the first class that
 * matched. Written once per cloud, after all its products.
 */
final class Shapes {
    /** One shape: its interface's name and its parameters (or answer fields) in the cloud's spelling. */
    final class Shape {
        private final String name;
        private final List<String> params;
        private final boolean answer;
        private final String parent;
        private final Map<String, String> types = new LinkedHashMap<>();
        private final Map<String, String> members = new LinkedHashMap<>();

        Shape(String name, List<String> params, boolean answer, String parent) {
            this.name = name;
            this.params = params;
            this.answer = answer;
            this.parent = parent;
        }

        String name() {
            return name;
        }

        List<String> params() {
            return params;
        }

        /** Whether the members (cloud name to type and member name) hold every parameter with the shape's types. */
        boolean matches(Map<String, String[]> byCloudName) {
            for (String p : params) {
                String[] m = byCloudName.get(p);
                if (m == null || (types.containsKey(p) && !types.get(p).equals(m[0]))) return false;
            }
            for (String p : params) {
                types.putIfAbsent(p, byCloudName.get(p)[0]);
                members.putIfAbsent(p, byCloudName.get(p)[1]);
            }
            return true;
        }
    }

    final String javaPackage;
    final List<Shape> requests = new ArrayList<>();
    final List<Shape> answers = new ArrayList<>();

    Shapes(String javaPackage, InputStream json) throws IOException {
        this.javaPackage = javaPackage;
        if (json == null) return;
        try (json) {
            JsonNode root = JsonMapper.builder().build().readTree(json);
            root.path("shapes").properties().forEach(e -> requests.add(shape(e.getKey(), e.getValue(), false)));
            root.path("answerShapes").properties().forEach(e -> answers.add(shape(e.getKey(), e.getValue(), true)));
        }
    }

    /** A shape: its parameters, or {"params": [...], "extends": "an interface every class of it has already"}. */
    private Shape shape(String name, JsonNode node, boolean answer) {
        JsonNode params = node.isArray() ? node : node.path("params");
        String parent = node.isObject() && node.has("extends") ? node.get("extends").asString() : null;
        return new Shape(name, params.valueStream().map(JsonNode::asString).toList(), answer, parent);
    }

    /** The interfaces of the shapes some class matched: getters for requests, fluent setters for answers. */
    void writeTo(Path out) {
        List<Shape> all = new ArrayList<>(requests);
        all.addAll(answers);
        for (Shape s : all) {
            if (s.types.isEmpty()) continue;
            SourceFile f = new SourceFile();
            f.line("package " + javaPackage + ";").blank();
            f.line("import java.math.BigDecimal;");
            f.line("import java.util.List;").blank();
            f.doc((s.answer ? "The answer fields " : "The parameters ") + String.join(", ", s.params) + ", wherever "
                    + (s.answer ? "an answer" : "a request") + " has them all.");
            f.open("public interface " + s.name + (s.parent == null ? "" : " extends " + s.parent));
            for (String p : s.params) {
                f.doc(p);
                if (s.answer) f.line(s.name + " " + AliyunCodegen.setter(s.members.get(p)) + "(" + s.types.get(p) + " value);");
                else f.line(s.types.get(p) + " " + s.members.get(p) + "();");
            }
            f.close();
            f.writeTo(out, javaPackage, s.name);
        }
    }
}
