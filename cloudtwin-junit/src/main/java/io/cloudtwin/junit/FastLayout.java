package io.cloudtwin.junit;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server laid out for fast starts, once per server jar and Java: the jar extracted (so the JVM can map its
 * classes from an archive; it cannot for classes inside nested jars) and an archive written by a training start (the
 * context stopping once refreshed), with Spring's ahead-of-time initialization on. The archive is the kind the
 * server's Java does best ({@link Archive}): an AOT cache on Java 25 and later, as the image uses, else a class-data
 * sharing archive. The first test run pays for it (a few seconds); every later one starts from the archive.
 * Kept in {@code -Dcloudtwin.cache.dir} (default {@code ~/.cache/cloudtwin}); {@code -Dcloudtwin.fast-start=false}
 * turns it off. Whatever fails here falls back to the plain jar: a slower start, never a failed test run.
 */
final class FastLayout {
    private static final String EXTRACTION = "io.cloudtwin.launch.Extraction";

    private FastLayout() {}

    /** What follows the JVM options on the server's command line: the archive and the jar to run. */
    static List<String> launch(Path jar, String java, List<String> jvmOptions) {
        if (!Boolean.parseBoolean(System.getProperty("cloudtwin.fast-start", "true"))) return List.of("-jar", jar.toString());
        try {
            String javaVersion = javaVersion(java);
            Archive kind = Archive.of(Runtime.Version.parse(javaVersion).feature());
            Path dir = cacheDirectory().resolve(key(jar, java, javaVersion, jvmOptions));
            Path ready = dir.resolve("READY");
            if (!Files.exists(ready)) prepare(jar, java, kind, jvmOptions, dir, ready);
            if (!Files.exists(ready)) return List.of("-jar", jar.toString());
            List<String> lines = Files.readAllLines(ready, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(kind.use() + dir.resolve(kind.file())));
            command.addAll(kind.quiet());
            command.addAll(List.of("-Dspring.aot.enabled=true", "-jar", dir.resolve("app").resolve(lines.get(0).trim()).toString()));
            return command;
        } catch (IOException | RuntimeException e) {
            return List.of("-jar", jar.toString());
        }
    }

    private static void prepare(Path jar, String java, Archive kind, List<String> jvmOptions, Path dir, Path ready)
            throws IOException {
        Files.createDirectories(dir.getParent());
        try (FileChannel ch = FileChannel.open(dir.getParent().resolve(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (Files.exists(ready)) return; // another test JVM made it while this one waited
            delete(dir);
            Path app = dir.resolve("app");
            Files.createDirectories(app);
            if (!extractedByTheServer(jar, app)
                    && !run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()),
                            dir.resolve("extract.log"), 120)) {
                return;
            }
            String launcher;
            try (Stream<Path> s = Files.list(app)) {
                launcher = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).findFirst().orElse(null);
            }
            if (launcher == null) return;
            Path archive = dir.resolve(kind.file());
            List<String> train = new ArrayList<>(List.of(java));
            train.addAll(jvmOptions);
            train.addAll(List.of(kind.write() + archive, "-Dspring.aot.enabled=true",
                    "-Dspring.context.exit=onRefresh", "-jar", app.resolve(launcher).toString(), "--server.port=0",
                    "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
            if (!run(train, dir.resolve("training.log"), 180) || !Files.isRegularFile(archive)) return;
            Files.writeString(ready, launcher + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The server jar's own extraction ({@code io.cloudtwin.launch.Extraction}, at its root), run in this JVM through a
     * class loader that sees only that jar and the JDK: the same layout as Spring Boot's extract tool, without a second
     * JVM (about 2 s of a first start). False, with {@code app} left empty, when the jar has none or it fails: the tool
     * then runs as before.
     */
    static boolean extractedByTheServer(Path jar, Path app) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> extraction = Class.forName(EXTRACTION, false, loader);
            extraction.getMethod("main", String[].class).invoke(null, (Object) new String[] {jar.toString(), app.toString()});
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            delete(app);
            Files.createDirectories(app);
            return false;
        }
    }

    private static boolean run(List<String> command, Path log, int seconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDTWIN_"));
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What the server starts from, by its Java: on 25 and later the AOT cache (JEP 483/514: classes loaded and linked
     * ahead of time, what the image starts from), else a dynamic class-data sharing archive. The option that writes
     * it, the one that maps it, and the logging that keeps a mapped one quiet.
     */
    record Archive(String file, String write, String use, List<String> quiet) {
        static Archive of(int javaFeature) {
            return javaFeature >= 25
                    ? new Archive("cloudtwin.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", List.of("-Xlog:aot*=off",
                            "-Xlog:cds*=off"))
                    : new Archive("cloudtwin.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=",
                            List.of("-Xshare:auto"));
        }
    }

    /**
     * The version of the Java at {@code java} (.../bin/java): from its home's {@code release} file, else this JVM's
     * when it is the same java, else 17 (the class-data archive, whose options every Java the server runs on takes).
     */
    static String javaVersion(String java) {
        Path home = Path.of(java).toAbsolutePath().getParent().getParent();
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) return line.substring("JAVA_VERSION=".length()).replace("\"", "");
            }
        } catch (IOException | RuntimeException e) {
            // no release file: a Java laid out otherwise
        }
        return home.equals(Path.of(System.getProperty("java.home")).toAbsolutePath()) ? System.getProperty("java.version") : "17";
    }

    /** One layout per server jar (path, size, time), Java and JVM options: an archive is tied to all three. */
    private static String key(Path jar, String java, String javaVersion, List<String> jvmOptions) throws IOException {
        String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + java + "|" + javaVersion + "|" + String.join(" ", jvmOptions);
        String name = jar.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
        return name + "-" + hash(identity);
    }

    /** A 64-bit hash of what a cached thing depends on, in hex: the name it is kept under. */
    static String hash(String identity) {
        long h = 1125899906842597L;
        for (int i = 0; i < identity.length(); i++) h = 31 * h + identity.charAt(i);
        return Long.toHexString(h);
    }

    static Path cacheDirectory() {
        String explicit = System.getProperty("cloudtwin.cache.dir");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return Path.of(System.getProperty("user.home"), ".cache", "cloudtwin");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
