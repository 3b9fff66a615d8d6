package io.cloudtwin.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged jar run as a real server process, as users and containers run it. */
final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    final int port;
    final Path log;
    private final long logFrom;

    private ServerProcess(String name, Process process, int port, Path log, long logFrom) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.logFrom = logFrom;
    }

    /** What this process wrote: its log is appended to by every run of the same name. */
    String output() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) logFrom, all.length - (int) logFrom, StandardCharsets.UTF_8);
    }

    static Path jar() {
        String jar = System.getProperty("cloudtwin.jar", "target/cloudtwin.jar");
        Path p = Path.of(jar);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("no jar at " + p + ": run ./mvnw verify");
        return p;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the jar with these environment variables and arguments; CLOUDTWIN_PORT is set unless given (HTTPS: random). */
    static ServerProcess start(String name, Map<String, String> env, String... args) throws Exception {
        return start(name, env, List.of("-Xmx512m"), args);
    }

    /** The same, with these JVM options instead of the tests' default heap. */
    static ServerProcess start(String name, Map<String, String> env, List<String> jvmOptions, String... args)
            throws Exception {
        return start(name, env, java(), jvmOptions, args);
    }

    /** The same, run by that java executable. */
    static ServerProcess start(String name, Map<String, String> env, String java, List<String> jvmOptions,
                               String... args) throws Exception {
        int port = env.containsKey("CLOUDTWIN_PORT") ? Integer.parseInt(env.get("CLOUDTWIN_PORT")) : freePort();
        Path log = Path.of("target", "it-logs", name + ".log");
        Files.createDirectories(log.getParent());
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDTWIN_"));
        pb.environment().putAll(env);
        pb.environment().put("CLOUDTWIN_PORT", String.valueOf(port));
        // HTTPS on a random port unless the test names one: processes started together never contend for 8443
        pb.environment().putIfAbsent("CLOUDTWIN_TLS_PORT", "0");
        ServerProcess s = new ServerProcess(name, pb.start(), port, log, logFrom);
        s.awaitHealthy(Duration.ofSeconds(90));
        return s;
    }

    void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(name + " exited: " + Files.readString(log));
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_cloudtwin/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not healthy in " + timeout + ": " + Files.readString(log));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The process started: the server, or the launcher of a re-launched one (FastStartIT). */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGTERM, then waits as long as given for the exit; the exit status. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " still running " + timeout + " after SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) kill9();
    }
}
