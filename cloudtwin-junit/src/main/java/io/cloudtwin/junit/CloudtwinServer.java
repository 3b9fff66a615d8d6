package io.cloudtwin.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running cloudtwin server (a child JVM on a random loopback port): where to point each cloud's SDK, the demo
 * credentials, and the admin operations of docs/admin-api.md as methods. {@link Cloudtwin @Cloudtwin} hands one to
 * test methods; {@link #start(String...)} starts one outside JUnit (close it when done).
 */
public final class CloudtwinServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    public static final String ALIYUN_ACCESS_KEY_ID = "cloudtwin-demo";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "cloudtwin-demo-secret";
    public static final String UCLOUD_PUBLIC_KEY = "cloudtwin-demo-public";
    public static final String UCLOUD_PRIVATE_KEY = "cloudtwin-demo-private";

    private final ServerProcess process;
    private final List<String> properties;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudtwinServer(ServerProcess process, List<String> properties) {
        this.process = process;
        this.properties = properties;
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
        return new CloudtwinServer(ServerProcess.start(list), list);
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

    /** How long the start took, from looking for the jar to the server's first "ready". */
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

    // ---- admin operations (docs/admin-api.md) ----

    /** Forgets every resource, nonce, fault rule and logged request of both clouds. */
    public void reset() {
        call("POST", "/_cloudtwin/reset", null, null);
    }

    /** The counts a fixture import created (ids that already existed are skipped and not counted). */
    public record Created(long accounts, long securityGroups, long instances) {}

    /** Imports a fixture file (YAML when it ends in .yaml/.yml, else JSON) in one transaction, all or nothing. */
    public Created seed(Path fixture) {
        try {
            String name = fixture.getFileName().toString();
            return seed(Files.readString(fixture, StandardCharsets.UTF_8), name.endsWith(".yaml") || name.endsWith(".yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a fixture from the test class path, e.g. {@code seedResource("fixtures/two-groups.yaml")}. */
    public Created seedResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : CloudtwinServer.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no resource " + resource + " on the class path");
            return seed(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    resource.endsWith(".yaml") || resource.endsWith(".yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a fixture given as YAML text. */
    public Created seedYaml(String yaml) {
        return seed(yaml, true);
    }

    /** Imports a fixture given as JSON text. */
    public Created seedJson(String json) {
        return seed(json, false);
    }

    /** Resets the store, then imports the fixture (YAML or JSON by the file name). */
    public Created replaceState(Path fixture) {
        reset();
        return seed(fixture);
    }

    private Created seed(String body, boolean yaml) {
        Map<String, Object> answer = Json.parseObject(call("POST", "/_cloudtwin/state",
                body, yaml ? "application/yaml" : "application/json"));
        if (!(answer.get("created") instanceof Map<?, ?> c)) throw new IllegalStateException("unexpected answer: " + answer);
        return new Created(number(c.get("accounts")), number(c.get("securityGroups")), number(c.get("instances")));
    }

    /** The whole state as a fixture (JSON), credentials included: what {@link #seedJson} takes back. */
    public String exportState() {
        return call("GET", "/_cloudtwin/state", null, null);
    }

    /** Adds a fault rule; answers its id (for {@link #removeFault}). */
    public long addFault(Fault fault) {
        return number(Json.parseObject(call("POST", "/_cloudtwin/faults", fault.toJson(), "application/json")).get("id"));
    }

    /** Removes one fault rule. @throws NoSuchElementException when there is none with that id */
    public void removeFault(long id) {
        callOr404("DELETE", "/_cloudtwin/faults/" + id, null, "no fault rule " + id);
    }

    /** Removes every fault rule. */
    public void clearFaults() {
        call("DELETE", "/_cloudtwin/faults", null, null);
    }

    /** Locks an instance (of either cloud) for security: Aliyun answers InstanceLockedForSecurity, UCloud 8905. */
    public void lockForSecurity(String instanceId) {
        lockForSecurity(instanceId, "security");
    }

    /** The same, with the reason Aliyun lists in OperationLocks. */
    public void lockForSecurity(String instanceId, String reason) {
        callOr404("POST", "/_cloudtwin/instances/" + pathSegment(instanceId) + "/security-lock",
                Json.object(Map.of("reason", reason)), "no instance " + instanceId);
    }

    /** Lifts the security lock. */
    public void unlockSecurity(String instanceId) {
        callOr404("DELETE", "/_cloudtwin/instances/" + pathSegment(instanceId) + "/security-lock", null,
                "no instance " + instanceId);
    }

    /** From now on instances stay Pending/Starting/Stopping this long (Duration.ZERO: transitions are immediate). */
    public void setTransitionDelay(Duration delay) {
        if (delay.isNegative()) throw new IllegalArgumentException("delay < 0: " + delay);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delayMs", delay.toMillis());
        call("PUT", "/_cloudtwin/transitions", Json.object(body), "application/json");
    }

    public Duration transitionDelay() {
        return Duration.ofMillis(number(Json.parseObject(call("GET", "/_cloudtwin/transitions", null, null)).get("delayMs")));
    }

    /** One request the server answered, as the console lists it (newest first from {@link #requests}). */
    public record Request(long seq, String at, String cloud, String action, String account, int httpStatus,
                          String outcome, long micros) {}

    /** The last requests (at most 200), newest first: what the code under test really sent. */
    public List<Request> requests(int limit) {
        Object list = Json.parse(call("GET", "/_cloudtwin/requests?limit=" + limit, null, null));
        if (!(list instanceof List<?> l)) throw new IllegalStateException("unexpected answer: " + list);
        return l.stream().map(o -> (Map<?, ?>) o).map(m -> new Request(number(m.get("seq")), (String) m.get("at"),
                (String) m.get("cloud"), (String) m.get("action"), (String) m.get("account"),
                (int) number(m.get("httpStatus")), (String) m.get("outcome"), number(m.get("micros")))).toList();
    }

    private static long number(Object o) {
        if (o instanceof Number n) return n.longValue();
        throw new IllegalStateException("not a number: " + o);
    }

    private static String pathSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void callOr404(String method, String path, String json, String missing) {
        HttpResponse<String> r = send(method, path, json, json == null ? null : "application/json");
        if (r.statusCode() == 404) throw new NoSuchElementException("cloudtwin: " + missing);
        check(method, path, r);
    }

    private String call(String method, String path, String body, String contentType) {
        HttpResponse<String> r = send(method, path, body, contentType);
        check(method, path, r);
        return r.body();
    }

    private static void check(String method, String path, HttpResponse<String> r) {
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("cloudtwin: " + method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) {
        if (closed.get()) throw new IllegalStateException("cloudtwin: this server is closed");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        // the admin API takes state changes only as JSON (or YAML fixtures), bodiless ones included
        b.header("Content-Type", contentType != null ? contentType : "application/json");
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cloudtwin: " + method + " " + path + " failed (server log: " + log() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server process (SIGTERM, then kill after 10 s). Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) process.close();
    }

    @Override
    public String toString() {
        return "cloudtwin at " + baseUrl() + (properties.isEmpty() ? "" : " " + properties);
    }
}
