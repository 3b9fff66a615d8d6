package io.cloudtwin.launch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A plain {@code java -jar cloudtwin.jar}, which cannot be given JVM options, re-launches the server once as a child
 * JVM that starts from a class-data sharing archive (on Java 25 and later, the AOT cache the image uses), with the
 * image's settings (the client compiler only, serial GC, small stacks, a heap that gives memory back, two malloc
 * arenas) and Spring's AOT initializers. The archive and the extracted jar it needs (the JVM cannot map classes from
 * nested jars) are kept per jar and Java under {@code CLOUDTWIN_CACHE_DIR} (default {@code ~/.cache/cloudtwin}): the
 * first start extracts the jar ({@link Extraction}) and its server writes the archive when it stops
 * ({@code -XX:ArchiveClassesAtExit} or {@code -XX:AOTCacheOutput}, so it holds what that run loaded, requests
 * included); every later start maps it.
 * Measured in docs/performance.md: about half the CPU to the first answer and less memory in all, the launcher's
 * included.
 *
 * <p>Only a launch with no JVM options of its own is re-launched: one that sets any (the image, the tests, bench)
 * chose its own settings. {@code CLOUDTWIN_FAST_START=false} turns it off. The child watches this launcher and stops
 * when it goes, even by {@code kill -9}; a stop of the launcher stops the child the ordinary way. Whatever fails here
 * starts the server in this JVM, as before.
 *
 * <p>It runs in the launcher before Spring Boot's loader does ({@link Launcher}, the jar's Main-Class, stands with this
 * class at the jar's root), so a launcher that re-launches opens no nested jar and loads no Spring class: it only
 * starts its child and waits.
 */
public final class FastStart {
    /** Set on the child's command line: it is the server, never a launcher. */
    public static final String CHILD = "cloudtwin.fast-start.child";
    private static final List<String> CHILD_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m", "-Xmn16m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-Dspring.aot.enabled=true");

    private FastStart() {}

    /**
     * Runs the server as a re-launched child when this launch qualifies, and returns its exit status; empty when the
     * server is to start in this JVM.
     */
    static Optional<Integer> relaunch(String[] args) {
        Path jar = plainJar();
        if (jar == null) return Optional.empty();
        try {
            Path dir = cacheDirectory().resolve(key(jar));
            Path app = extracted(jar, dir);
            if (app == null) return Optional.empty();
            return Optional.of(runChild(dir, app, args));
        } catch (IOException | RuntimeException e) {
            System.err.println("cloudtwin: fast start unavailable (" + e + "), starting in this JVM");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** In a re-launched child: stop when the launcher is gone, however it went (a {@code kill -9} runs none of its hooks). */
    public static void watchLauncherIfChild() {
        if (System.getProperty(CHILD) == null) return;
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
    }

    /** The fat jar of a {@code java -jar} with no JVM options, or null when this launch does not qualify. */
    static Path plainJar() {
        if (!"true".equalsIgnoreCase(envOr("CLOUDTWIN_FAST_START", "true"))) return null;
        if (System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null) return null;
        String[] jvmArgs = ProcessHandle.current().info().arguments().orElse(null);
        if (jvmArgs == null || jvmArgs.length < 2 || !jvmArgs[0].equals("-jar")) return null;
        Path jar = Path.of(jvmArgs[1]).toAbsolutePath();
        return Files.isRegularFile(jar) && jar.equals(launcherJar()) ? jar : null;
    }

    /** The jar extracted into {@code dir/app} once (under a lock, for launches racing); its launcher jar, or null. */
    private static Path extracted(Path jar, Path dir) throws IOException {
        Path app = dir.resolve("app").resolve(jar.getFileName().toString());
        if (Files.isRegularFile(app)) return app;
        Files.createDirectories(dir);
        try (FileChannel ch = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            if (Files.isRegularFile(app)) return app;
            Path tmp = Files.createTempDirectory(dir, "extract");
            try {
                Extraction.extract(jar, tmp);
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
            Files.move(tmp, dir.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
            // the copies went through this JVM's heap, which stays as large for as long as the server runs unless
            // a full collection gives it back now
            System.gc();
        }
        return Files.isRegularFile(app) ? app : null;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * Runs the child with the archive when there is one, else with the archive written at its exit, and waits for it.
     * This launcher's stop (SIGTERM, Ctrl-C) stops the child and waits for it, archive included.
     */
    private static int runChild(Path dir, Path app, String[] args) throws IOException, InterruptedException {
        Archive kind = Archive.of(Runtime.version().feature());
        Path archive = dir.resolve(kind.file());
        deleteLeftovers(dir, kind.file());
        Path written = dir.resolve(kind.file() + "." + ProcessHandle.current().pid());
        boolean reuse = Files.isRegularFile(archive);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(CHILD_OPTIONS);
        command.add(reuse ? kind.use() + archive : kind.write() + written);
        command.addAll(kind.quiet());
        command.addAll(List.of("-D" + CHILD + "=true", "-jar", app.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process child = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                if (child.waitFor(60, TimeUnit.SECONDS)) keep(written, archive, child.exitValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int status = child.waitFor();
        keep(written, archive, status);
        return status;
    }

    /**
     * The archive a child wrote at an orderly exit (0, or stopped by SIGINT / SIGTERM) becomes the one to start from.
     * Failing to keep it only costs the next start its archive: the server has run, so nothing is thrown.
     */
    private static synchronized void keep(Path written, Path archive, int status) {
        try {
            boolean orderly = status == 0 || status == 130 || status == 143;
            if (orderly && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(written);
        } catch (IOException e) {
            System.err.println("cloudtwin: class-data archive not kept (" + e + ")");
        }
    }

    /**
     * Archives left by children whose launcher was killed before them (no one kept them): deleted once an hour old,
     * when no child can still be writing them.
     */
    private static void deleteLeftovers(Path dir, String file) throws IOException {
        long hourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().startsWith(file + ".")
                        && Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * What the child starts from: on Java 25 and later the AOT cache the image uses (JEP 483/514: classes loaded and
     * linked ahead of time; written when the first run's server stops, like the archive), else a dynamic class-data
     * sharing archive. The option that writes it, the one that maps it, and the logging that keeps both quiet.
     */
    record Archive(String file, String write, String use, List<String> quiet) {
        static Archive of(int javaFeature) {
            return javaFeature >= 25
                    ? new Archive("cloudtwin.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", List.of("-Xlog:aot*=off",
                            "-Xlog:cds*=off"))
                    : new Archive("cloudtwin.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=",
                            List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
    }

    /** One directory per jar (path, size, time) and Java: an archive is valid for exactly that pair. */
    private static String key(Path jar) throws IOException {
        String identity = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        long h = 1125899906842597L;
        for (int i = 0; i < identity.length(); i++) h = 31 * h + identity.charAt(i);
        return "server-" + Long.toHexString(h);
    }

    /** The jar this class was loaded from: the fat jar's root, where its Main-Class stands; null from a directory. */
    private static Path launcherJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path cacheDirectory() {
        String explicit = System.getenv("CLOUDTWIN_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return Path.of(System.getProperty("user.home"), ".cache", "cloudtwin");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
