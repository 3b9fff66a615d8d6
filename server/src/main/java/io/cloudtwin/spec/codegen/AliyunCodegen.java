package io.cloudtwin.spec.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ParamSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * The typed API of one Aliyun product, from its metadata: per action a request class (typed getters, read from the
 * validated parameters) and an answer class (fluent setters, written in the response schema's shape); the product's
 * interface ({@code EcsApi}), one nested interface per action for the handlers that serve it; and its operations table
 * ({@code EcsOperations}), which the pipeline uses to find the handlers and call them.
 */
final class AliyunCodegen {
    private static final String DIALECT = "io.cloudtwin.dialect.aliyun";
    private static final String CALL = "AliyunCall";

    private final Shapes shapes;
    private final List<Shapes.Shape> answerShapes;
    private final AliyunProduct product;
    private final ProductSpec spec;
    private final String pkg;
    private final String api;
    private final String operations;
    int files;
    final List<String> skipped = new ArrayList<>();

    AliyunCodegen(AliyunProduct product, ProductSpec spec, Shapes shapes) {
        this.shapes = shapes;
        this.answerShapes = shapes.answers;
        this.product = product;
        this.spec = spec;
        this.pkg = DIALECT + "." + product.code() + ".api";
        this.api = product.cloudName() + "Api";
        this.operations = product.cloudName() + "Operations";
    }

    /** The operations class, fully qualified. */
    String operationsClass() {
        return pkg + "." + operations;
    }

    void generate(Path out) {
        Map<String, ProductApi.Method> methods = new LinkedHashMap<>();
        for (String action : spec.actionNames()) {
            ActionSpec a = spec.action(action);
            methods.put(action, new ProductApi.Method(JavaNames.method(action), answerProperties(a).isEmpty()));
            write(out, action + "Request", request(a));
            write(out, action + "Response", response(a));
        }
        ProductApi shape = new ProductApi(api, operations, product.cloudName(), CALL, "io.cloudtwin.dialect.aliyun.spec.Params",
                product.cloudName() + " " + product.version());
        write(out, api, shape.apiInterface(header(), methods));
        write(out, operations, shape.operationsClass(header(), methods));
    }

    private void write(Path out, String cls, SourceFile f) {
        f.writeTo(out, pkg, cls);
        files++;
    }

    private SourceFile header() {
        return SourceFile.apiClass(pkg, DIALECT + ".AliyunAnswer", DIALECT + "." + CALL, DIALECT + ".spec.Params");
    }

    // ---- requests

    private SourceFile request(ActionSpec a) {
        SourceFile f = header();
        currentFile = f;
        String cls = a.name() + "Request";
        Map<String, Schema> params = new LinkedHashMap<>();
        for (ParamSpec p : a.parameters()) if (p.schema() != null) params.put(p.name(), p.schema());
        requestClass(f, cls, params, "", true, List.of(),
                a.name() + ": its parameters as the metadata types them, validated before a handler sees them.");
        return f;
    }

    /** One member of a request class: the parameter's name, Java type and member name, and how it is read. */
    private record Member(String cloudName, String type, String name, String read) {}

    /**
     * A request class or one of its objects: a field and a getter per parameter (names that differ only in case, as
     * Tag.N.Key and Tag.N.key, are one member reading either), from(Params), the shapes it has, its nested classes.
     */
    private void requestClass(SourceFile f, String cls, Map<String, Schema> props, String path, boolean top,
                              List<String> enclosing, String doc) {
        List<String> inside = plus(enclosing, cls);
        if (top) fileTypes = new JavaNames.Scope(cls);
        JavaNames.Scope types = fileTypes;
        Map<String, List<String>> byLowerCase = new LinkedHashMap<>();
        for (String name : props.keySet()) byLowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
        JavaNames.Scope names = new JavaNames.Scope();
        List<Member> members = new ArrayList<>();
        List<Runnable> nested = top ? (pendingNested = new ArrayList<>()) : pendingNested;
        for (List<String> same : byLowerCase.values()) {
            // of two spellings (Tag.N.Key and Tag.N.key) the capitalized one names the member, as the API's others
            String name = same.stream().filter(n -> Character.isUpperCase(n.charAt(0))).findFirst().orElse(same.get(0));
            Schema s = props.get(name);
            String[] type = requestType(s, name, types, nested, path + name + ".", inside);
            if (type == null) {
                skipped.add(path + name);
                continue;
            }
            List<String> reads = new ArrayList<>();
            for (String n : same) if (sameShape(props.get(n), s)) reads.add(read(props.get(n), n, type[1]));
            String read = reads.size() == 1 ? reads.get(0) : "Spellings.first(" + String.join(", ", reads) + ")";
            members.add(new Member(name, type[0], names.claim(JavaNames.member(name)), read));
        }
        f.doc(doc);
        List<String> shaped = shapesOf(members, shapes.requests);
        f.open("public " + (top ? "" : "static ") + "final class " + cls
                + (shaped.isEmpty() ? "" : " implements " + String.join(", ", shaped)));
        for (Member m : members) f.line("private " + m.type() + " " + m.name() + ";");
        if (!members.isEmpty()) f.blank();
        f.line("private " + cls + "() {}").blank();
        f.doc("Reads the validated values (null: none).");
        f.open("public static " + cls + " from(Params p)");
        if (!top) f.line("if (p == null) return null;");
        f.line(cls + " r = new " + cls + "();");
        for (Member m : members) f.line("r." + m.name() + " = " + m.read() + ";");
        f.line("return r;");
        f.close();
        for (Member m : members) {
            f.blank();
            f.doc(m.cloudName());
            if (shapeMembers.contains(m.name() + ":" + m.type())) f.line("@Override");
            f.open("public " + m.type() + " " + m.name() + "()");
            f.line("return " + m.name() + ";");
            f.close();
        }
        if (top) for (int i = 0; i < nested.size(); i++) nested.get(i).run(); // the list grows as nested ones nest more
        f.close();
    }

    /**
     * The shapes whose every parameter the class has with the shape's type. A parameter the metadata spells only in
     * lower case (CreateLoadBalancerTCPListener's healthCheckInterval, HealthCheckInterval in its Set twin) counts
     * under its capitalized name too.
     */
    private List<String> shapesOf(List<Member> members, List<Shapes.Shape> candidates) {
        shapeMembers.clear();
        Map<String, String[]> byName = new LinkedHashMap<>();
        for (Member m : members) byName.put(m.cloudName(), new String[] {m.type(), m.name()});
        for (Member m : members) {
            String capitalized = Character.toUpperCase(m.cloudName().charAt(0)) + m.cloudName().substring(1);
            byName.putIfAbsent(capitalized, byName.get(m.cloudName()));
        }
        List<String> implemented = new ArrayList<>();
        for (Shapes.Shape shape : candidates) {
            if (!shape.matches(byName)) continue;
            implemented.add(shapes.javaPackage + "." + shape.name());
            for (String p : shape.params()) shapeMembers.add(byName.get(p)[1] + ":" + byName.get(p)[0]);
        }
        return implemented;
    }

    private final Set<String> shapeMembers = new HashSet<>();

    private static boolean sameShape(Schema a, Schema b) {
        return a.type.equals(b.type);
    }

    /**
     * The Java type of a parameter and, for lists and objects, its element/object class; null for a shape no request
     * reads (lists of lists). Registers the nested classes the type needs.
     */
    private String[] requestType(Schema s, String name, JavaNames.Scope types, List<Runnable> nested, String path,
                                 List<String> enclosing) {
        if (s.isArray()) {
            Schema items = s.items == null ? Schema.STRING : s.items;
            if (items.isArray()) return null;
            if (items.isObject()) {
                String item = nestedRequestClass(items, name, types, nested, path, enclosing);
                return new String[] {"List<" + item + ">", item};
            }
            return new String[] {"List<" + scalar(items) + ">", scalar(items)};
        }
        if (s.isObject() && s.properties.isEmpty()) return new String[] {"Map<String, String>", null};
        if (s.isObject()) {
            String item = nestedRequestClass(s, name, types, nested, path, enclosing);
            return new String[] {item, item};
        }
        return new String[] {scalar(s), null};
    }

    private String nestedRequestClass(Schema s, String name, JavaNames.Scope types, List<Runnable> nested, String path,
                                      List<String> enclosing) {
        String cls = types.claim(JavaNames.type(name));
        nested.add(() -> {
            // written after the enclosing class's members, as a nested class
            currentFile.blank();
            requestClass(currentFile, cls, s.properties, path, false, enclosing, path.substring(0, path.length() - 1));
        });
        return cls;
    }

    private SourceFile currentFile;
    /** The nested classes of the file being written: all are members of its top-level class, with unique names. */
    private JavaNames.Scope fileTypes;
    /** Nested classes still to write into the top-level class, after its own members. */
    private List<Runnable> pendingNested;

    private static List<String> plus(List<String> names, String one) {
        List<String> out = new ArrayList<>(names);
        out.add(one);
        return out;
    }

    private static String scalar(Schema s) {
        return switch (s.type) {
            case "integer" -> "int64".equals(s.format) ? "Long" : "Integer";
            case "number" -> "BigDecimal";
            case "boolean" -> "Boolean";
            default -> "String";
        };
    }

    private String read(Schema s, String name, String element) {
        String n = JavaNames.quote(name);
        if (s.isArray()) {
            Schema items = s.items == null ? Schema.STRING : s.items;
            if (items.isObject()) return "Params.each(p.objects(" + n + "), " + element + "::from)";
            return switch (scalar(items)) {
                case "Integer" -> "Params.integers(p.list(" + n + "))";
                case "Long" -> "Params.longs(p.list(" + n + "))";
                case "BigDecimal" -> "Params.numbers(p.list(" + n + "))";
                case "Boolean" -> "Params.booleans(p.list(" + n + "))";
                default -> "p.list(" + n + ")";
            };
        }
        if (s.isObject() && s.properties.isEmpty()) return "p.entries(" + n + ")";
        if (s.isObject()) return element + ".from(p.object(" + n + "))";
        return switch (scalar(s)) {
            case "Integer" -> "p.integer(" + n + ")";
            case "Long" -> "p.longValue(" + n + ")";
            case "BigDecimal" -> "p.number(" + n + ")";
            case "Boolean" -> "p.bool(" + n + ")";
            default -> "p.string(" + n + ")";
        };
    }

    // ---- answers

    private SourceFile response(ActionSpec a) {
        SourceFile f = header();
        currentFile = f;
        String cls = a.name() + "Response";
        answerClass(f, cls, answerProperties(a), List.of(), true, a.name()
                + ": the answer as its response schema shapes it (RequestId "
                + "is added by the pipeline; a field left unset is answered with its type's empty value).");
        return f;
    }

    /** The answer's properties as its response schema gives them, but RequestId (the pipeline's). */
    private static Map<String, Schema> answerProperties(ActionSpec a) {
        Map<String, Schema> props = new LinkedHashMap<>();
        if (a.response() != null && a.response().isObject()) props.putAll(a.response().properties);
        props.remove("RequestId");
        return props;
    }

    /** An answer class or one of its objects: a field and a fluent setter per property, toMap(), its nested classes. */
    private void answerClass(SourceFile f, String cls, Map<String, Schema> props, List<String> enclosing, boolean top,
                             String doc) {
        List<String> inside = plus(enclosing, cls);
        if (top) fileTypes = new JavaNames.Scope(cls);
        JavaNames.Scope types = fileTypes;
        JavaNames.Scope names = new JavaNames.Scope();
        List<Member> members = new ArrayList<>();
        List<Runnable> nested = top ? (pendingNested = new ArrayList<>()) : pendingNested;
        for (Map.Entry<String, Schema> e : props.entrySet()) {
            String type = answerType(e.getValue(), e.getKey(), types, nested, inside);
            members.add(new Member(e.getKey(), type, names.claim(JavaNames.member(e.getKey())), null));
        }
        f.doc(doc);
        List<String> interfaces = new ArrayList<>(List.of("AliyunAnswer"));
        interfaces.addAll(shapesOf(members, answerShapes));
        f.open("public " + (top ? "" : "static ") + "final class " + cls + " implements " + String.join(", ", interfaces));
        for (Member m : members) f.line("private " + m.type() + " " + m.name() + ";");
        if (!members.isEmpty()) f.blank();
        for (Member m : members) {
            f.doc(m.cloudName());
            if (shapeMembers.contains(m.name() + ":" + m.type())) f.line("@Override");
            f.open("public " + cls + " " + setter(m.name()) + "(" + m.type() + " value)");
            f.line("this." + m.name() + " = value;");
            f.line("return this;");
            f.close();
            f.blank();
        }
        f.line("@Override");
        f.open("public Map<String, Object> toMap()");
        f.line("Map<String, Object> m = new LinkedHashMap<>();");
        for (Member m : members) f.line("AliyunAnswer.put(m, " + JavaNames.quote(m.cloudName()) + ", " + m.name() + ");");
        f.line("return m;");
        f.close();
        if (top) for (int i = 0; i < nested.size(); i++) nested.get(i).run(); // the list grows as nested ones nest more
        f.close();
    }

    /** setName; a member renamed for a Java keyword (default_) keeps the plain name: setDefault. */
    static String setter(String member) {
        String plain = member.endsWith("_") ? member.substring(0, member.length() - 1) : member;
        return "set" + Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** The Java type of an answer field: a list for a list wrapper ({"Instances":{"Instance":[..]}}) or an array. */
    private String answerType(Schema s, String name, JavaNames.Scope types, List<Runnable> nested,
                              List<String> enclosing) {
        String inner = s.wrappedArray();
        if (inner != null) return answerType(s.properties.get(inner), inner, types, nested, enclosing);
        if (s.isArray()) {
            Schema items = s.items == null ? Schema.STRING : s.items;
            if (items.isArray()) return "List<Object>";
            return "List<" + (items.isObject() ? nestedAnswerClass(items, name, types, nested, enclosing) : scalar(items)) + ">";
        }
        if (s.isObject()) return nestedAnswerClass(s, name, types, nested, enclosing);
        return scalar(s);
    }

    private String nestedAnswerClass(Schema s, String name, JavaNames.Scope types, List<Runnable> nested,
                                     List<String> enclosing) {
        String cls = types.claim(JavaNames.type(name));
        nested.add(() -> {
            currentFile.blank();
            answerClass(currentFile, cls, s.properties, enclosing, false, name);
        });
        return cls;
    }
}
