package io.cloudtwin.spec.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import io.cloudtwin.spec.ucloud.UcloudApiSpec.Param;

/**
 * The typed API of one UCloud product, from its documentation (and the SDK corrections): per action a request class
 * (typed getters, read from the validated parameters; Region and ProjectId are the call's) and an answer class
 * (fluent setters; RetCode and Action are the pipeline's), per documented model an answer class, the product's
 * interface ({@code UhostApi}) with one nested interface per action for the handlers that serve it, and its operations
 * table.
 */
final class UcloudCodegen {
    private static final String DIALECT = "io.cloudtwin.dialect.ucloud";
    private static final String CALL = "UcloudCall";
    private static final Set<String> PIPELINE_FIELDS = Set.of("RetCode", "Action", "Message");
    private static final Set<String> CALL_PARAMETERS = Set.of("Region", "ProjectId");

    private final UcloudApiSpec.Product product;
    private final Shapes shapes;
    private final String pkg;
    private final String api;
    private final String operations;
    int files;

    UcloudCodegen(UcloudApiSpec.Product product, Shapes shapes) {
        this.product = product;
        this.shapes = shapes;
        this.pkg = DIALECT + "." + product.name() + ".api";
        this.api = interfaceName(product.name());
        this.operations = JavaNames.pascal(product.name()) + "Operations";
    }

    /** UhostApi, UnetApi, ...; UCloud's vpc product is UcloudVpcApi, beside Aliyun's VpcApi. */
    static String interfaceName(String product) {
        return (product.equals("vpc") ? "UcloudVpc" : JavaNames.pascal(product)) + "Api";
    }

    String operationsClass() {
        return pkg + "." + operations;
    }

    void generate(Path out) {
        Map<String, ProductApi.Method> methods = new LinkedHashMap<>();
        for (UcloudApiSpec.Action a : product.actions().values()) {
            methods.put(a.name(), new ProductApi.Method(JavaNames.method(a.name()), fieldsOf(a.response()).isEmpty()));
            write(out, a.name() + "Request", request(a));
            write(out, a.name() + "Response", answer(a.name() + "Response", fieldsOf(a.response()),
                    a.name() + ": the answer's documented fields (RetCode and Action are the pipeline's)."));
        }
        for (Map.Entry<String, List<UcloudApiSpec.Field>> m : product.models().entrySet()) {
            write(out, modelClass(m.getKey()), answer(modelClass(m.getKey()), m.getValue(), "The documented model " + m.getKey() + "."));
        }
        ProductApi shape = new ProductApi(api, operations, product.name(), CALL, "UcloudValues", "UCloud " + product.name());
        write(out, api, shape.apiInterface(header(), methods));
        write(out, operations, shape.operationsClass(header(), methods));
    }

    /**
     * A model's class: its name, unless an action's request or answer class already has it; a model documented per
     * action ({@code Listener@DescribeLoadBalancers}) is {@code ListenerOfDescribeLoadBalancers}.
     */
    private String modelClass(String model) {
        String name = model.replace("@", "Of");
        return product.actions().containsKey(name.replaceAll("(Request|Response)$", "")) ? name + "Model" : name;
    }

    private void write(Path out, String cls, SourceFile f) {
        f.writeTo(out, pkg, cls);
        files++;
    }

    private SourceFile header() {
        return SourceFile.apiClass(pkg, DIALECT + ".UcloudAnswer", DIALECT + "." + CALL, DIALECT + ".UcloudItem",
                DIALECT + ".UcloudValues");
    }

    // ---- requests

    private SourceFile request(UcloudApiSpec.Action a) {
        SourceFile f = header();
        String cls = a.name() + "Request";
        List<Param> params = new ArrayList<>();
        for (Param p : a.parameters().values()) {
            if (!CALL_PARAMETERS.contains(p.name()) && p.type() != UcloudApiSpec.Type.OBJECT) params.add(p);
        }
        requestClass(f, cls, params, true, a.name() + ": its documented parameters, validated before a handler sees "
                + "them (Region and ProjectId make the call's scope).");
        return f;
    }

    /** given: for an optional parameter with a documented default, how to read whether the client sent it. */
    private record Member(String type, String name, String read, String doc, String given) {}

    private void requestClass(SourceFile f, String cls, List<Param> params, boolean top, String doc) {
        Map<String, List<Param>> byLowerCase = new LinkedHashMap<>();
        for (Param p : params) byLowerCase.computeIfAbsent(p.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        JavaNames.Scope names = new JavaNames.Scope();
        JavaNames.Scope types = new JavaNames.Scope(cls);
        List<Member> members = new ArrayList<>();
        List<String> cloudNames = new ArrayList<>();
        List<Runnable> nested = new ArrayList<>();
        for (List<Param> same : byLowerCase.values()) {
            Param p = same.get(0);
            String item = null;
            if (p.type() == UcloudApiSpec.Type.OBJECT_ARRAY) {
                item = types.claim(JavaNames.type(p.name()));
                String itemClass = item;
                nested.add(() -> {
                    f.blank();
                    requestClass(f, itemClass, p.fields(), false, p.name() + ".N");
                });
            }
            List<String> reads = new ArrayList<>();
            List<String> givens = new ArrayList<>();
            for (Param q : same) {
                if (q.type() != p.type()) continue;
                reads.add(read(q, item));
                givens.add("v.has(" + JavaNames.quote(q.name()) + ")");
            }
            String read = reads.size() == 1 ? reads.get(0) : "Spellings.first(" + String.join(", ", reads) + ")";
            boolean defaulted = !p.required() && p.defaultValue() != null;
            cloudNames.add(p.name());
            members.add(new Member(javaType(p, item), names.claim(JavaNames.member(p.name())), read,
                    p.name() + (p.required() ? " (required)" : "") + (p.defaultValue() != null ? " (default " + p.defaultValue() + ")" : ""),
                    defaulted ? String.join(" || ", givens) : null));
        }
        f.doc(doc);
        Map<String, String[]> byCloudName = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            byCloudName.put(cloudNames.get(i), new String[] {members.get(i).type(), members.get(i).name()});
        }
        List<String> shaped = new ArrayList<>(top ? List.of() : List.of(DIALECT + ".UcloudElement"));
        for (Shapes.Shape shape : shapes.requests) if (shape.matches(byCloudName)) shaped.add(shapes.javaPackage + "." + shape.name());
        f.open("public " + (top ? "" : "static ") + "final class " + cls
                + (shaped.isEmpty() ? "" : " implements " + String.join(", ", shaped)));
        for (Member m : members) {
            f.line("private " + m.type() + " " + m.name() + ";");
            if (m.given() != null) f.line("private boolean " + m.name() + "Given;");
        }
        if (!top) f.line("private UcloudItem item;");
        f.blank();
        f.line("private " + cls + "() {}").blank();
        f.doc("Reads the validated values.");
        String source = top ? "UcloudValues" : "UcloudItem";
        f.open("public static " + cls + " from(" + source + " v)");
        f.line(cls + " r = new " + cls + "();");
        for (Member m : members) {
            f.line("r." + m.name() + " = " + m.read() + ";");
            if (m.given() != null) f.line("r." + m.name() + "Given = " + m.given() + ";");
        }
        if (!top) f.line("r.item = v;");
        f.line("return r;");
        f.close();
        for (Member m : members) {
            f.blank();
            f.doc(m.doc());
            f.open("public " + m.type() + " " + m.name() + "()");
            f.line("return " + m.name() + ";");
            f.close();
            if (m.given() != null) {
                f.blank();
                f.doc("Whether the client sent " + m.doc().replaceAll(" \\(.*", "") + " (else it reads as the documented default).");
                f.open("public boolean has" + JavaNames.pascal(m.name()) + "()");
                f.line("return " + m.name() + "Given;");
                f.close();
            }
        }
        if (!top) {
            f.blank();
            f.line("@Override");
            f.open("public String keyOf(String field)").line("return item.key(field);").close();
            f.blank();
            f.line("@Override");
            f.open("public int indexInRequest()").line("return item.index();").close();
        }
        for (Runnable n : nested) n.run();
        f.close();
    }

    private static String javaType(Param p, String item) {
        return switch (p.type()) {
            case STRING -> "String";
            case INT -> "Integer";
            case FLOAT -> "BigDecimal";
            case BOOLEAN -> "boolean";
            case STRING_ARRAY -> "List<String>";
            case OBJECT_ARRAY -> "List<" + item + ">";
            case OBJECT -> throw new IllegalStateException("not read: " + p.name());
        };
    }

    private static String read(Param p, String item) {
        String n = JavaNames.quote(p.name());
        return switch (p.type()) {
            case STRING -> "v.string(" + n + ")";
            case INT -> "v.integer(" + n + ")";
            case FLOAT -> "v.decimal(" + n + ")";
            case BOOLEAN -> "v.bool(" + n + ")";
            case STRING_ARRAY -> "v.strings(" + n + ")";
            case OBJECT_ARRAY -> "UcloudValues.each(v.items(" + n + "), " + item + "::from)";
            case OBJECT -> throw new IllegalStateException("not read: " + p.name());
        };
    }

    // ---- answers

    private static List<UcloudApiSpec.Field> fieldsOf(List<UcloudApiSpec.Field> response) {
        return response.stream().filter(f -> !PIPELINE_FIELDS.contains(f.name())).toList();
    }

    private SourceFile answer(String cls, List<UcloudApiSpec.Field> fields, String doc) {
        SourceFile f = header();
        f.doc(doc);
        f.open("public final class " + cls + " implements UcloudAnswer");
        JavaNames.Scope names = new JavaNames.Scope();
        List<String[]> members = new ArrayList<>(); // type, member, cloud name
        Set<String> seen = new LinkedHashSet<>();
        for (UcloudApiSpec.Field field : fields) {
            if (!seen.add(field.name())) continue;
            members.add(new String[] {answerType(field.type()), names.claim(JavaNames.member(field.name())), field.name()});
        }
        for (String[] m : members) f.line("private " + m[0] + " " + m[1] + ";");
        if (!members.isEmpty()) f.blank();
        for (String[] m : members) {
            f.doc(m[2]);
            f.open("public " + cls + " " + AliyunCodegen.setter(m[1]) + "(" + m[0] + " value)");
            f.line("this." + m[1] + " = value;").line("return this;");
            f.close().blank();
        }
        f.line("@Override");
        f.open("public Map<String, Object> toMap()");
        f.line("Map<String, Object> m = new LinkedHashMap<>();");
        for (String[] m : members) f.line("UcloudAnswer.put(m, " + JavaNames.quote(m[2]) + ", " + m[1] + ");");
        f.line("return m;");
        f.close();
        f.close();
        return f;
    }

    /** string, int, float, boolean, array[X], or a model's name. */
    private String answerType(String doc) {
        if (doc.startsWith("array[")) return "List<" + answerType(doc.substring(6, doc.length() - 1)) + ">";
        return switch (doc) {
            case "string" -> "String";
            case "int" -> "Integer";
            case "float" -> "Double";
            case "boolean" -> "Boolean";
            default -> {
                if (!product.models().containsKey(doc)) throw new IllegalStateException("no model " + doc + " in " + product.name());
                yield modelClass(doc);
            }
        };
    }
}
