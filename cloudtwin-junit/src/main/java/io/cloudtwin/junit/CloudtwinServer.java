package io.cloudtwin.junit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ExtensionContext;

import io.cloudtwin.admin.client.AdminOperations;
import io.cloudtwin.admin.client.CloudtwinAdmin;
import io.cloudtwin.admin.client.Demo;

/**
 * A running cloudtwin server (a child JVM on a random loopback port): where to point each cloud's SDK, the demo
 * credentials, and the admin operations of docs/admin-api.md as methods ({@link AdminOperations}, shared with
 * cloudtwin-testcontainers through cloudtwin-admin-client). {@link Cloudtwin @Cloudtwin} hands one to
 * test methods; {@link #start(String...)} starts one outside JUnit (close it when done).
 */
public final class CloudtwinServer implements AdminOperations, AutoCloseable, ExtensionContext.Store.CloseableResource {
    public static final String ALIYUN_ACCESS_KEY_ID = Demo.ALIYUN_ACCESS_KEY_ID;
    public static final String ALIYUN_ACCESS_KEY_SECRET = Demo.ALIYUN_ACCESS_KEY_SECRET;
    public static final String UCLOUD_PUBLIC_KEY = Demo.UCLOUD_PUBLIC_KEY;
    public static final String UCLOUD_PRIVATE_KEY = Demo.UCLOUD_PRIVATE_KEY;

    private final ServerProcess process;
    private final List<String> properties;
    private final CloudtwinAdmin admin;
    /** Stops the server, or for a kept one gives back this JVM's lease on it. */
    private final Runnable release;
    private final boolean kept;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudtwinServer(ServerProcess process, List<String> properties, Runnable release, boolean kept) {
        this.process = process;
        this.properties = properties;
        this.release = release;
        this.kept = kept;
        this.admin = new CloudtwinAdmin(baseUrl(), () -> "server log: " + process.log);
    }

    /**
     * Starts a server with these settings ("cloudtwin.transitions.delay=2s", "cloudtwin.signature.verify=false", any
     * setting of docs/configuration.md in its Spring form) and waits until it answers.
     *
     * @throws IllegalStateException when the server jar cannot be found or the server does not start; the message
     *                               says where it looked, or gives the command, the log file and its last lines
     */
    public static CloudtwinServer start(String... properties) {
        List<String> list = List.copyOf(Arrays.asList(properties));
        ServerProcess process = ServerProcess.start(list);
        return new CloudtwinServer(process, list, process::close, false);
    }

    /**
     * What {@link Cloudtwin @Cloudtwin} calls: {@link #start(String...)}, or with {@code -Dcloudtwin.reuse=true} the
     * server kept from an earlier test run with the same settings, taken over and put back as a fresh server is (no
     * resources, faults or logged requests; the id seed and transition delay it started with), or started and kept
     * if there is none. A kept server outlives the run and exits once it has answered nothing for
     * {@code -Dcloudtwin.reuse.idle-seconds} (1800). One test JVM holds a kept server at a time; parallel forks each
     * keep their own, up to {@code -Dcloudtwin.reuse.slots} (4), and beyond that start one as without reuse. Servers
     * that load a fixture at start ({@code cloudtwin.seed}) or use another store are never kept.
     */
    public static CloudtwinServer startOrReuse(String... properties) {
        List<String> list = List.copyOf(Arrays.asList(properties));
        if (KeptServers.enabled() && KeptServers.keepable(list)) {
            var lease = KeptServers.acquire(list, KeptServers.directory());
            if (lease.isPresent()) return new CloudtwinServer(lease.get().server(), list, lease.get()::close, true);
        }
        return start(properties);
    }

    public int port() {
        return process.port;
    }

    /** 127.0.0.1:port, for Aliyun: {@code Config.setEndpoint} / {@code request.setSysEndpoint}, with protocol HTTP. */
    public String endpoint() {
        return "127.0.0.1:" + process.port;
    }

    /** The same as {@link #endpoint()}: the Aliyun SDKs take host:port and a separate protocol (HTTP). */
    public String aliyunEndpoint() {
        return endpoint();
    }

    /** http://127.0.0.1:port, for UCloud's {@code Config.setBaseUrl}. */
    public String ucloudBaseUrl() {
        return baseUrl();
    }

    /** http://127.0.0.1:port: the admin API, the console (/_cloudtwin/ui) and both clouds' APIs. */
    public String baseUrl() {
        return "http://" + endpoint();
    }

    public String aliyunAccessKeyId() {
        return ALIYUN_ACCESS_KEY_ID;
    }

    public String aliyunAccessKeySecret() {
        return ALIYUN_ACCESS_KEY_SECRET;
    }

    public String ucloudPublicKey() {
        return UCLOUD_PUBLIC_KEY;
    }

    public String ucloudPrivateKey() {
        return UCLOUD_PRIVATE_KEY;
    }

    /** The settings this server was started with. */
    public List<String> properties() {
        return properties;
    }

    /** Whether this is a server kept between test runs ({@link #startOrReuse}), which {@link #close()} leaves running. */
    public boolean kept() {
        return kept;
    }

    /** How long the start took, from looking for the jar to the server's first "ready"; 0 for a kept server taken over. */
    public long startMillis() {
        return process.startMillis;
    }

    /** The server process's id (for a profiler, jcmd, or reading its memory). */
    public long pid() {
        return process.process.pid();
    }

    /** The server's output. */
    public Path log() {
        return process.log;
    }

    // ---- admin operations (docs/admin-api.md): AdminOperations' methods, through this client ----

    /** The server's admin API (every admin operation is also a method of this class, from AdminOperations). */
    @Override
    public CloudtwinAdmin admin() {
        if (closed.get()) throw new IllegalStateException("cloudtwin: this server is closed");
        return admin;
    }

    /**
     * Stops the server process (SIGTERM, then kill after 10 s); a {@link #kept()} server keeps running and this JVM only
     * gives back its hold on it. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) release.run();
    }

    @Override
    public String toString() {
        return "cloudtwin at " + baseUrl() + (properties.isEmpty() ? "" : " " + properties);
    }
}
