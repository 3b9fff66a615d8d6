package io.cloudtwin.spec.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ProductSpec;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * Generates the typed API of every served product from the clouds' API descriptions, at build time (Maven runs it
 * in generate-sources: server/pom.xml). Arguments: the resources folder the descriptions are read from, and the
 * folder the Java sources are written to.
 */
public final class Generate {
    private Generate() {}

    /** The list of a cloud's products' operations, for its dialect. */
    static SourceFile index(String pkg, String cls, String cloud, String values, List<String> operations) {
        SourceFile f = new SourceFile();
        f.line("package " + pkg + ";").blank();
        f.line("import java.util.List;").blank();
        f.line("import io.cloudtwin.dialect.Operations;").blank();
        f.doc("The generated operations of every " + cloud + " product.");
        f.open("public final class " + cls);
        f.line("public static final List<Operations<?, " + cloud + "Call, " + values + ">> ALL = List.of(");
        for (int i = 0; i < operations.size(); i++) {
            f.line("        " + operations.get(i) + ".INSTANCE" + (i < operations.size() - 1 ? "," : ");"));
        }
        f.blank().line("private " + cls + "() {}");
        f.close();
        return f;
    }

    /** Empties the output folder: a class renamed or dropped from a description must not linger from a past build. */
    private static void clean(Path out) throws IOException {
        if (!Files.isDirectory(out)) return;
        try (var files = Files.walk(out)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(out)) Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: Generate <resources folder> <output folder>");
        Path resources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long started = System.nanoTime();
        clean(out);
        ProductSpec.Opener files = name -> Files.newInputStream(resources.resolve(name.startsWith("/") ? name.substring(1) : name));
        int total = 0;
        List<String> aliyun = new ArrayList<>();
        Shapes aliyunShapes = new Shapes("io.cloudtwin.dialect.aliyun.api", files.open("/aliyun-openapi/shapes.json"));
        for (AliyunProduct p : AliyunProduct.values()) {
            AliyunCodegen g = new AliyunCodegen(p, p.load(files), aliyunShapes);
            g.generate(out);
            total += g.files;
            aliyun.add(g.operationsClass());
            if (!g.skipped.isEmpty()) System.out.println("[codegen] " + p.cloudName() + ": not typed (lists of lists): " + g.skipped);
        }
        aliyunShapes.writeTo(out);
        List<String> ucloud = new ArrayList<>();
        UcloudApiSpec ucloudSpec = new UcloudApiSpec(files::open);
        Shapes ucloudShapes = new Shapes("io.cloudtwin.dialect.ucloud.api", files.open("/ucloud-api/shapes.json"));
        for (UcloudApiSpec.Product p : ucloudSpec.products().values()) {
            UcloudCodegen g = new UcloudCodegen(p, ucloudShapes);
            g.generate(out);
            total += g.files;
            ucloud.add(g.operationsClass());
        }
        ucloudShapes.writeTo(out);
        index("io.cloudtwin.dialect.ucloud", "UcloudApis", "Ucloud", "io.cloudtwin.dialect.ucloud.UcloudValues", ucloud)
                .writeTo(out, "io.cloudtwin.dialect.ucloud", "UcloudApis");
        index("io.cloudtwin.dialect.aliyun", "AliyunApis", "Aliyun", "io.cloudtwin.dialect.aliyun.spec.Params", aliyun).writeTo(out, "io.cloudtwin.dialect.aliyun", "AliyunApis");
        System.out.printf("[codegen] %d files in %d ms%n", total, (System.nanoTime() - started) / 1_000_000);
    }
}
