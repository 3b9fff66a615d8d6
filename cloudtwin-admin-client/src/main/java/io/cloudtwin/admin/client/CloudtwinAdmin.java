package io.cloudtwin.admin.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The admin API of one cloudtwin server (docs/admin-api.md) as typed calls, over the JDK's HttpURLConnection and with
 * no library on the class path: what {@code cloudtwin-junit} and {@code cloudtwin-testcontainers} share. (Not the newer
 * java.net.http.HttpClient: in a fresh test JVM its first call costs 250-300 ms of class loading and set-up, this one's
 * 30-40 ms, and a test run makes its first admin call before its first test.) Every failed
 * call throws with the server's answer ({@link IllegalStateException}), a missing instance or fault rule
 * {@link NoSuchElementException}, a transport failure {@link UncheckedIOException}.
 */
public final class CloudtwinAdmin {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final String baseUrl;
    private final Supplier<String> context;

    /** An answer: its status and body. */
    private record Answer(int statusCode, String body) {}

    /** The server at this URL (http://host:port). */
    public CloudtwinAdmin(String baseUrl) {
        this(baseUrl, () -> "");
    }

    /** The same; context adds to a transport failure's message what helps to find out why (e.g. the server's log). */
    public CloudtwinAdmin(String baseUrl, Supplier<String> context) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.context = context;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** True when /_cloudtwin/health answers UP. */
    public boolean healthy() {
        try {
            Answer r = send("GET", "/_cloudtwin/health", null, null);
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Forgets every resource, nonce, fault rule and logged request; a seeded id sequence starts over from its seed. */
    public void reset() {
        call("POST", "/_cloudtwin/reset", null, null);
    }

    /** The same; keepSeed false also drops the id seed (ids random again). */
    public void reset(boolean keepSeed) {
        call("POST", "/_cloudtwin/reset", Json.object(Map.of("keepSeed", keepSeed)), "application/json");
    }

    /**
     * Seeds every later id and request id (null: random again): the same calls in the same order then get the same
     * ids. Use it on an empty store (or reset after it). See docs/admin-api.md, "Deterministic ids".
     */
    public void setIdSeed(Long seed) {
        call("POST", "/_cloudtwin/id-seed", seed == null ? "{\"seed\":null}" : Json.object(Map.of("seed", seed)),
                "application/json");
    }

    /** The id seed in use, or null. */
    public Long idSeed() {
        Object seed = Json.parseObject(call("GET", "/_cloudtwin/id-seed", null, null)).get("seed");
        return seed == null ? null : number(seed);
    }

    /** Imports a fixture (YAML or JSON text) in one transaction, all or nothing; answers what it created. */
    public Created importState(String fixture, boolean yaml) {
        Map<String, Object> answer = Json.parseObject(call("POST", "/_cloudtwin/state",
                fixture, yaml ? "application/yaml" : "application/json"));
        if (!(answer.get("created") instanceof Map<?, ?> c)) throw new IllegalStateException("unexpected answer: " + answer);
        return new Created(number(c.get("accounts")), number(c.get("securityGroups")), number(c.get("instances")));
    }

    /**
     * The whole state as a fixture (JSON), what {@link #importState} takes back; account secrets are left out (an
     * import keeps an existing account's secrets), as GET /_cloudtwin/state does without ?secrets=true.
     */
    public String exportState() {
        return call("GET", "/_cloudtwin/state", null, null);
    }

    /** Adds a fault rule; answers its id. */
    public long addFault(Fault fault) {
        return number(Json.parseObject(call("POST", "/_cloudtwin/faults", fault.toJson(), "application/json")).get("id"));
    }

    /** Removes one fault rule. @throws NoSuchElementException when there is none with that id */
    public void removeFault(long id) {
        callOr404("DELETE", "/_cloudtwin/faults/" + id, null, "no fault rule " + id);
    }

    public void clearFaults() {
        call("DELETE", "/_cloudtwin/faults", null, null);
    }

    /** Locks an instance (of either cloud) for security with this reason. @throws NoSuchElementException if none */
    public void lockForSecurity(String instanceId, String reason) {
        callOr404("POST", "/_cloudtwin/instances/" + pathSegment(instanceId) + "/security-lock",
                Json.object(Map.of("reason", reason)), "no instance " + instanceId);
    }

    public void unlockSecurity(String instanceId) {
        callOr404("DELETE", "/_cloudtwin/instances/" + pathSegment(instanceId) + "/security-lock", null,
                "no instance " + instanceId);
    }

    public void setTransitionDelay(Duration delay) {
        if (delay.isNegative()) throw new IllegalArgumentException("delay < 0: " + delay);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delayMs", delay.toMillis());
        call("PUT", "/_cloudtwin/transitions", Json.object(body), "application/json");
    }

    public Duration transitionDelay() {
        return Duration.ofMillis(number(Json.parseObject(call("GET", "/_cloudtwin/transitions", null, null)).get("delayMs")));
    }

    /** The last requests (at most 200), newest first. */
    public List<LoggedRequest> requests(int limit) {
        Object list = Json.parse(call("GET", "/_cloudtwin/requests?limit=" + limit, null, null));
        if (!(list instanceof List<?> l)) throw new IllegalStateException("unexpected answer: " + list);
        return l.stream().map(o -> (Map<?, ?>) o).map(m -> new LoggedRequest(number(m.get("seq")), (String) m.get("at"),
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
        Answer r = send(method, path, json, json == null ? null : "application/json");
        if (r.statusCode() == 404) throw new NoSuchElementException("cloudtwin: " + missing);
        check(method, path, r);
    }

    private String call(String method, String path, String body, String contentType) {
        Answer r = send(method, path, body, contentType);
        check(method, path, r);
        return r.body();
    }

    private static void check(String method, String path, Answer r) {
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("cloudtwin: " + method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private Answer send(String method, String path, String body, String contentType) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setRequestMethod(method);
            // the admin API takes state changes only as JSON (or YAML fixtures), bodiless ones included
            c.setRequestProperty("Content-Type", contentType != null ? contentType : "application/json");
            if (body != null || method.equals("POST") || method.equals("PUT")) {
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            String more = context.get();
            throw new UncheckedIOException("cloudtwin: " + method + " " + baseUrl + path + " failed"
                    + (more.isEmpty() ? "" : " (" + more + ")"), e);
        }
    }

    @Override
    public String toString() {
        return "cloudtwin admin API at " + baseUrl;
    }
}
