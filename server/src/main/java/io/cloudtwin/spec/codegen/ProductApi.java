package io.cloudtwin.spec.codegen;

import java.util.Map;

/**
 * What every cloud's product gets besides its requests and answers: the interface with one nested interface per action
 * (its one method) that handlers implement for the actions they serve, and the operations table that calls a handler's
 * method with the request read from the validated values. The same for both clouds but for the names of their types.
 *
 * @param api the interface's name ({@code EcsApi}), operations the table's ({@code EcsOperations})
 * @param call the call type ({@code AliyunCall}), values the validated values' type, fully qualified
 */
record ProductApi(String api, String operations, String productName, String call, String values, String about) {
    /**
     * One action's method: its name, and whether its answer has no field of its own (Aliyun's RequestId alone,
     * UCloud's RetCode and Action alone). Such a method returns nothing, as an operation without output does in
     * LocalStack's generated APIs, and the operations table answers the action's empty answer for it.
     */
    record Method(String name, boolean answersNothing) {}

    SourceFile apiInterface(SourceFile f, Map<String, Method> methods) {
        f.doc(about + ": one nested interface per documented action, each with the action's one method. A handler "
                + "implements the interfaces of the actions it serves, and reflection on it meets only their types; "
                + "the other actions answer that cloudtwin does not serve them.");
        f.open("public interface " + api);
        f.line("String PRODUCT = " + JavaNames.quote(productName) + ";");
        methods.forEach((action, method) -> {
            f.blank();
            f.open("interface " + action + " extends " + api);
            f.line((method.answersNothing() ? "void " : action + "Response ") + method.name() + "(" + call + " call, "
                    + action + "Request request);");
            f.close();
        });
        f.close();
        return f;
    }

    SourceFile operationsClass(SourceFile f, Map<String, Method> methods) {
        f.doc("The actions of " + api + ", their methods, and the call of each with its request read from validated values.");
        f.open("public final class " + operations + " implements io.cloudtwin.dialect.Operations<" + api + ", " + call
                + ", " + values + ">");
        f.line("public static final " + operations + " INSTANCE = new " + operations + "();");
        f.line("private static final java.util.Map<String, String> METHODS = new java.util.LinkedHashMap<>();");
        f.blank();
        f.open("static");
        methods.forEach((action, method) -> f.line("METHODS.put(" + JavaNames.quote(action) + ", "
                + JavaNames.quote(method.name()) + ");"));
        f.close();
        f.blank().line("private " + operations + "() {}");
        f.blank().line("@Override").open("public String product()").line("return " + api + ".PRODUCT;").close();
        f.blank().line("@Override").open("public Class<" + api + "> api()").line("return " + api + ".class;").close();
        f.blank().line("@Override").open("public java.util.Map<String, String> methods()")
                .line("return java.util.Collections.unmodifiableMap(METHODS);").close();
        f.blank().line("@Override");
        f.open("public Object invoke(" + api + " api, String action, " + call + " call, " + values + " in)");
        f.open("return switch (action)");
        methods.forEach((action, method) -> {
            String invocation = "((" + api + "." + action + ") api)." + method.name() + "(call, " + action
                    + "Request.from(in));";
            if (!method.answersNothing()) {
                f.line("case " + JavaNames.quote(action) + " -> " + invocation);
                return;
            }
            f.open("case " + JavaNames.quote(action) + " ->");
            f.line(invocation).line("yield new " + action + "Response();");
            f.close();
        });
        f.line("default -> throw new IllegalArgumentException(\"no action \" + action + \" in \" + " + api + ".PRODUCT);");
        f.close(";");
        f.close();
        f.close();
        return f;
    }
}
