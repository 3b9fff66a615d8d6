package io.cloudtwin.junit;

import java.io.IOException;
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
 * classes from an archive; it cannot for classes inside nested jars) and a class-data sharing archive written by a
 * training start ({@code -XX:ArchiveClassesAtExit}, the context stopping once refreshed), with Spring's ahead-of-time
 * initialization on. The first test run pays for it (a few seconds); every later one starts from the archive.
 * Kept in {@code -Dcloudtwin.cache.dir} (default {@code ~/.cache/cloudtwin}); {@code -Dcloudtwin.fast-start=false}
 * turns it off. Whatever fails here falls back to the plain jar: a slower start, never a failed test run.
 */
final class FastLayout {
    private FastLayout() {}

    /** What follows the JVM options on the server's command line: the archive and the jar to run. */
    static List<String> launch(Path jar, String java, List<String> jvmOptions) {
        if (!Boolean.parseBoolean(System.getProperty("cloudtwin.fast-start", "true"))) return List.of("-jar", jar.toString());
        try {
            Path dir = cacheDirectory().resolve(key(jar, java, jvmOptions));
            Path ready = dir.resolve("READY");
            if (!Files.exists(ready)) prepare(jar, java, jvmOptions, dir, ready);
            if (!Files.exists(ready)) return List.of("-jar", jar.toString());
            List<String> lines = Files.readAllLines(ready, StandardCharsets.UTF_8);
            Path archive = dir.resolve("cloudtwin.jsa");
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Dspring.aot.enabled=true",
                    "-jar", dir.resolve("app").resolve(lines.get(0).trim()).toString());
        } catch (IOException | RuntimeException e) {
            return List.of("-jar", jar.toString());
        }
    }

    private static void prepare(Path jar, String java, List<String> jvmOptions, Path dir, Path ready) throws IOException {
        Files.createDirectories(dir.getParent());
        try (FileChannel ch = FileChannel.open(dir.getParent().resolve(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (Files.exists(ready)) return; // another test JVM made it while this one waited
            delete(dir);
            Path app = dir.resolve("app");
            Files.createDirectories(app);
            if (!run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()),
                    dir.resolve("extract.log"), 120)) {
                return;
            }
            String launcher;
            try (Stream<Path> s = Files.list(app)) {
                launcher = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).findFirst().orElse(null);
            }
            if (launcher == null) return;
            Path archive = dir.resolve("cloudtwin.jsa");
            List<String> train = new ArrayList<>(List.of(java));
            train.addAll(jvmOptions);
            train.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.aot.enabled=true",
                    "-Dspring.context.exit=onRefresh", "-jar", app.resolve(launcher).toString(), "--server.port=0",
                    "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
            if (!run(train, dir.resolve("training.log"), 180) || !Files.isRegularFile(archive)) return;
            Files.writeString(ready, launcher + "\n", StandardCharsets.UTF_8);
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

    /** One layout per server jar (path, size, time), Java and JVM options: an archive is tied to all three. */
    private static String key(Path jar, String java, List<String> jvmOptions) throws IOException {
        String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + java + "|" + System.getProperty("java.version") + "|" + String.join(" ", jvmOptions);
        long h = 1125899906842597L;
        for (int i = 0; i < identity.length(); i++) h = 31 * h + identity.charAt(i);
        String name = jar.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
        return name + "-" + Long.toHexString(h);
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
