package io.cloudtwin.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server as a child JVM: {@code java [options] -jar cloudtwin-server.zip --server.port=0 ...}, its output in a
 * log file, its port read from the file the server writes once it is ready (server's LauncherHandshake). The child
 * exits by itself when this JVM ends (it watches our pid), and a shutdown hook stops it too.
 */
final class ServerProcess {
    /**
     * Chosen for start time and footprint of a test server (docs/quickstart.md gives the numbers): the image's heap
     * shape (a 32 MB heap that grows with the store, a 16 MB young generation, handed back when mostly free) rather
     * than the JVM's, whose first heap is a 64th of the machine's memory.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-Xms32m", "-Xmn16m", "-Xmx256m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
    private static final AtomicInteger COUNT = new AtomicInteger();

    final ProcessHandle process;
    final int port;
    final Path log;
    final long startMillis;
    /** Stops the server when this JVM ends; null for a kept server, which outlives the run. */
    private final Thread hook;

    ServerProcess(ProcessHandle process, int port, Path log, long startMillis, Thread hook) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startMillis = startMillis;
        this.hook = hook;
    }

    /** Stops the server (SIGTERM, then kill after 10 s). */
    void close() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
        stop(process);
    }

    /** A server of this test run: it exits when this JVM ends, even after a kill -9 (it watches our pid). */
    static ServerProcess start(List<String> properties) {
        int n = COUNT.incrementAndGet();
        return start(properties, logDirectory().resolve("cloudtwin-server-" + ProcessHandle.current().pid() + "-" + n
                + ".log"), null);
    }

    /**
     * A server kept for later test runs ({@link KeptServers}): nothing watches this JVM; it exits once it has answered
     * no request for {@code idle}.
     */
    static ServerProcess startKept(List<String> properties, Path log, Duration idle) {
        return start(properties, log, idle);
    }

    private static ServerProcess start(List<String> properties, Path log, Duration keptIdle) {
        long t0 = System.nanoTime();
        Path jar = ServerArtifact.declared().locate();
        Path portFile;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.deleteIfExists(log);
            portFile = Files.createTempFile("cloudtwin-port-", ".txt");
            Files.delete(portFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions());
        command.addAll(FastLayout.launch(jar, java(), jvmOptions()));
        command.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--cloudtwin.launcher.port-file=" + portFile));
        command.add(keptIdle == null ? "--cloudtwin.launcher.parent-pid=" + ProcessHandle.current().pid()
                : "--cloudtwin.launcher.idle-exit=" + keptIdle.toSeconds() + "s");
        // no HTTPS port unless asked for (cloudtwin.tls.port=0): this extension reports only the HTTP endpoint, and a
        // TLS connector costs the start about 650 classes (docs/performance.md)
        if (properties.stream().noneMatch(p -> p.startsWith("cloudtwin.tls.port="))) command.add("--cloudtwin.tls.port=-1");
        for (String p : properties) command.add("--" + p);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // the user's CLOUDTWIN_* settings (port, database, data directory) are for their own servers, not this one
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDTWIN_"));
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cloudtwin: cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread hook = keptIdle != null ? null : new Thread(() -> stop(process.toHandle()), "cloudtwin-stop-" + process.pid());
        if (hook != null) Runtime.getRuntime().addShutdownHook(hook);
        Duration timeout = Duration.ofSeconds(Long.getLong("cloudtwin.start.timeout.seconds", 180));
        long deadline = t0 + timeout.toNanos();
        try {
            while (true) {
                if (Files.isRegularFile(portFile)) {
                    int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.US_ASCII).trim());
                    Files.deleteIfExists(portFile);
                    return new ServerProcess(process.toHandle(), port, log,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), hook);
                }
                if (!process.isAlive()) {
                    throw failure("the server exited with code " + process.exitValue() + " before it was ready", command, log);
                }
                if (System.nanoTime() > deadline) {
                    stop(process.toHandle());
                    throw failure("the server was not ready within " + timeout.toSeconds()
                            + " s (-Dcloudtwin.start.timeout.seconds=N waits longer)", command, log);
                }
                Thread.sleep(25);
            }
        } catch (IOException e) {
            stop(process.toHandle());
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            stop(process.toHandle());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cloudtwin: interrupted while the server started", e);
        } catch (RuntimeException e) {
            stop(process.toHandle());
            throw e;
        } finally {
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException e) {
                // a temp file left behind
            }
        }
    }

    private static IllegalStateException failure(String what, List<String> command, Path log) {
        String tail;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            tail = "(no output: " + e.getMessage() + ")";
        }
        return new IllegalStateException("cloudtwin: " + what + ".\ncommand: " + String.join(" ", command)
                + "\nlog: " + log.toAbsolutePath() + ", last lines:\n" + tail);
    }

    static void stop(ProcessHandle process) {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException | InterruptedException again) {
                // left to the operating system
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** -Dcloudtwin.java, else the java of this JVM (the server needs Java 17 or newer). */
    static String java() {
        String explicit = System.getProperty("cloudtwin.java");
        if (explicit != null && !explicit.isBlank()) return explicit;
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    /** -Dcloudtwin.jvm.options="..." (space-separated) replaces the defaults. */
    static List<String> jvmOptions() {
        String explicit = System.getProperty("cloudtwin.jvm.options");
        if (explicit == null) return DEFAULT_JVM_OPTIONS;
        return Arrays.stream(explicit.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** -Dcloudtwin.log.dir, else target/cloudtwin when the tests run in a Maven module, else the temp directory. */
    static Path logDirectory() {
        String explicit = System.getProperty("cloudtwin.log.dir");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) return target.resolve("cloudtwin");
        return Path.of(System.getProperty("java.io.tmpdir"), "cloudtwin");
    }

}
