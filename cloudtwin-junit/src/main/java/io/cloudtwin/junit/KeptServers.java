package io.cloudtwin.junit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.cloudtwin.admin.client.CloudtwinAdmin;

/**
 * Servers kept between test runs ({@code -Dcloudtwin.reuse=true}, off by default), as Testcontainers keeps a reusable
 * container: the first run starts the server and leaves it running; every later test JVM asking for the same server
 * (same jar, Java, JVM options and properties) takes it over in milliseconds instead of starting a JVM, and puts it
 * back as a fresh server is: no resources, faults or logged requests, the id seed and transition delay it started
 * with. A kept server exits by itself once it has answered nothing for {@code -Dcloudtwin.reuse.idle-seconds} (1800).
 * <p>
 * One test JVM at a time holds a kept server: the lease is a lock on a file beside its description, held until the
 * server is closed (at the end of the run) or the JVM ends, however it ends. Each setting has up to
 * {@code -Dcloudtwin.reuse.slots} (4) kept servers, so that parallel forks each take one over; a JVM that finds every
 * slot taken starts a server of its own, as without reuse. Servers whose properties load a fixture at
 * start ({@code cloudtwin.seed}) or name another store are never kept: a reset would not give back what they start
 * with. Kept in {@code -Dcloudtwin.reuse.dir}, default {@code <cache dir>/kept} ({@code -Dcloudtwin.cache.dir}, default
 * {@code ~/.cache/cloudtwin}).
 */
final class KeptServers {
    static final String REUSE_PROPERTY = "cloudtwin.reuse";
    static final String IDLE_PROPERTY = "cloudtwin.reuse.idle-seconds";
    static final String DIRECTORY_PROPERTY = "cloudtwin.reuse.dir";
    static final String SLOTS_PROPERTY = "cloudtwin.reuse.slots";
    private static final long IDLE_DEFAULT = 1800;
    private static final int SLOTS_DEFAULT = 4;

    private KeptServers() {}

    static boolean enabled() {
        return Boolean.getBoolean(REUSE_PROPERTY);
    }

    /** Whether a server started with these properties is what a reset server is. */
    static boolean keepable(List<String> properties) {
        return properties.stream().noneMatch(p -> p.startsWith("cloudtwin.seed=") || p.startsWith("spring.datasource.")
                || p.startsWith("cloudtwin.data-dir=") || p.startsWith("cloudtwin.data.dir="));
    }

    /** A kept server and this JVM's lease on it; closing it gives the lease back and leaves the server running. */
    record Lease(ServerProcess server, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            release(channel, lock);
        }
    }

    /**
     * The lease on a lock file, or null when another JVM holds it, this JVM does (another test class), or the file
     * system locks nothing.
     */
    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            return null;
        }
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null && lock.isValid()) lock.release();
            channel.close();
        } catch (IOException e) {
            // the lease goes with the channel, or with this JVM
        }
    }

    /**
     * A kept server for these properties: the first of its {@code -Dcloudtwin.reuse.slots} (4) that no other JVM holds,
     * taken over, or started there if it has none or its server has gone; empty when every slot is held (more
     * parallel forks than slots) or nothing can be kept here.
     */
    static Optional<Lease> acquire(List<String> properties, Path directory) {
        String base;
        try {
            Files.createDirectories(directory);
            base = key(properties);
        } catch (IOException e) {
            return Optional.empty(); // nowhere to keep it: a server of this run's own
        }
        int slots = Math.max(1, Integer.getInteger(SLOTS_PROPERTY, SLOTS_DEFAULT));
        for (int slot = 0; slot < slots; slot++) {
            String key = slot == 0 ? base : base + "-" + slot;
            FileChannel channel;
            try {
                channel = FileChannel.open(directory.resolve(key + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                return Optional.empty();
            }
            FileLock lock = tryLock(channel);
            if (lock == null) {
                release(channel, null);
                continue;
            }
            return Optional.of(take(properties, directory, key, channel, lock));
        }
        return Optional.empty();
    }

    /** The slot's server, taken over or started, under the lease just taken. */
    private static Lease take(List<String> properties, Path directory, String key, FileChannel channel, FileLock lock) {
        try {
            Path description = directory.resolve(key + ".server");
            ServerProcess server = takeOver(description);
            if (server == null) server = startKept(properties, directory.resolve(key + ".log"), description);
            return new Lease(server, channel, lock);
        } catch (RuntimeException | IOException e) {
            release(channel, lock);
            if (e instanceof IOException io) throw new UncheckedIOException("cloudtwin: cannot keep a server in " + directory, io);
            throw (RuntimeException) e;
        }
    }

    /** The server the description names, put back as it started, or null when it is gone or does not answer. */
    private static ServerProcess takeOver(Path description) throws IOException {
        if (!Files.isRegularFile(description)) return null;
        Properties d = read(description);
        Optional<ProcessHandle> process = d == null ? Optional.empty() : process(d);
        if (process.isEmpty()) return null;
        int port;
        Path log;
        Long seed;
        Duration delay;
        try {
            port = Integer.parseInt(d.getProperty("port", "-1"));
            log = Path.of(d.getProperty("log", "cloudtwin-kept.log"));
            seed = d.getProperty("seed", "").isEmpty() ? null : Long.valueOf(d.getProperty("seed"));
            delay = Duration.ofMillis(Long.parseLong(d.getProperty("delayMs", "0")));
        } catch (RuntimeException damaged) {
            return null;
        }
        CloudtwinAdmin admin = new CloudtwinAdmin("http://127.0.0.1:" + port);
        if (!admin.healthy()) return null;
        admin.reset(false);
        if (seed != null) admin.setIdSeed(seed);
        admin.setTransitionDelay(delay);
        return new ServerProcess(process.get(), port, log, 0, null);
    }

    private static ServerProcess startKept(List<String> properties, Path log, Path description) throws IOException {
        Path jar = ServerArtifact.declared().locate().toAbsolutePath();
        String build = build(jar);
        retireEarlierBuilds(description.getParent(), jar, build);
        Duration idle = Duration.ofSeconds(Long.getLong(IDLE_PROPERTY, IDLE_DEFAULT));
        ServerProcess server = ServerProcess.startKept(properties, log, idle);
        try {
            CloudtwinAdmin admin = new CloudtwinAdmin("http://127.0.0.1:" + server.port);
            Properties d = new Properties();
            d.setProperty("jar", jar.toString());
            d.setProperty("build", build);
            d.setProperty("pid", Long.toString(server.process.pid()));
            d.setProperty("started", started(server.process));
            d.setProperty("port", Integer.toString(server.port));
            d.setProperty("log", log.toAbsolutePath().toString());
            Long seed = admin.idSeed();
            d.setProperty("seed", seed == null ? "" : seed.toString());
            d.setProperty("delayMs", Long.toString(admin.transitionDelay().toMillis()));
            Path tmp = Files.createTempFile(description.getParent(), "server", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                d.store(out, "a cloudtwin server kept between test runs (cloudtwin-junit, -Dcloudtwin.reuse=true)");
            }
            Files.move(tmp, description, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A description's properties; null when it cannot be read. */
    private static Properties read(Path description) {
        Properties d = new Properties();
        try (Reader in = Files.newBufferedReader(description, StandardCharsets.UTF_8)) {
            d.load(in);
            return d;
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * The live process a description names: its pid, with the start time it had then (a pid the system has given to
     * another process since has another).
     */
    private static Optional<ProcessHandle> process(Properties d) {
        try {
            return ProcessHandle.of(Long.parseLong(d.getProperty("pid", "-1"))).filter(ProcessHandle::isAlive)
                    .filter(p -> d.getProperty("started", "").equals(started(p)));
        } catch (NumberFormatException damaged) {
            return Optional.empty();
        }
    }

    private static String started(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("");
    }

    /** Which build of the jar at this path: its size and time. */
    private static String build(Path jar) throws IOException {
        return Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
    }

    /**
     * Stops the kept servers of earlier builds of this jar (a rebuilt server, a new snapshot) that no JVM holds, and
     * forgets them: they would otherwise wait out their idle time, one JVM each.
     */
    static void retireEarlierBuilds(Path directory, Path jar, String build) throws IOException {
        List<Path> descriptions;
        try (var files = Files.list(directory)) {
            descriptions = files.filter(f -> f.getFileName().toString().endsWith(".server")).toList();
        }
        for (Path description : descriptions) {
            Properties d = read(description);
            if (d == null || !jar.toString().equals(d.getProperty("jar")) || build.equals(d.getProperty("build"))) continue;
            String name = description.getFileName().toString();
            Path lockFile = directory.resolve(name.substring(0, name.length() - ".server".length()) + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) continue; // a run holds it: it goes when idle
                try {
                    process(d).ifPresent(ServerProcess::stop);
                    Files.deleteIfExists(description);
                } finally {
                    lock.release();
                }
            }
        }
    }

    /** One kept server per jar (path, size, time), Java, JVM options, idle time and properties. */
    static String key(List<String> properties) throws IOException {
        Path jar = ServerArtifact.declared().locate();
        return "server-" + FastLayout.hash(jar.toAbsolutePath() + "|" + build(jar) + "|" + ServerProcess.java() + "|"
                + String.join(" ", ServerProcess.jvmOptions()) + "|" + Long.getLong(IDLE_PROPERTY, IDLE_DEFAULT) + "|"
                + String.join("\n", properties));
    }

    static Path directory() {
        String explicit = System.getProperty(DIRECTORY_PROPERTY);
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return FastLayout.cacheDirectory().resolve("kept");
    }
}
