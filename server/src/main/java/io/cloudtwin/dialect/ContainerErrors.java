package io.cloudtwin.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.config.AdminPaths;

/**
 * Refusals made before a protocol could read the request - by the servlet container (a request line it cannot parse,
 * headers too large, a path that climbs above the root), or by the size bounds of CloudFilter - rendered by the
 * protocol of the cloud that claims the request ({@link Protocol#refusedByContainer}), else the fallback's. Admin
 * paths get the admin API's JSON error. Static: Tomcat makes the error valve by its class name, outside Spring.
 */
public final class ContainerErrors {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile List<Protocol<?, ?, ?>> PROTOCOLS = List.of();

    private ContainerErrors() {}

    /** The answer to a request refused with this container status; what names the part at fault (e.g. QueryString). */
    public static ResponseEntity<byte[]> render(int status, String method, String uri, String rawQuery,
                                                String contentType, String what) {
        return render(status, method, uri, rawQuery, contentType, new byte[0], what);
    }

    /** As above, with the first bytes of the body (for the request's markers and Action; never the whole body). */
    public static ResponseEntity<byte[]> render(int status, String method, String uri, String rawQuery,
                                                String contentType, byte[] bodyPrefix, String what) {
        String path = uri == null ? "/" : uri;
        if (AdminPaths.isAdmin(path)) {
            Map<String, Object> body = Map.of("error", status == 405 || status == 501 ? "method not allowed"
                    : "bad request: " + what);
            return ResponseEntity.status(status).header("Content-Type", "application/json;charset=utf-8")
                    .body(JSON.writeValueAsBytes(body));
        }
        Map<String, String> headers = new TreeMap<>();
        if (contentType != null) headers.put("content-type", contentType);
        HttpCall call = new HttpCall(method == null ? "GET" : method, path, safeQuery(rawQuery), headers,
                bodyPrefix, "");
        for (Protocol<?, ?, ?> p : PROTOCOLS) {
            if (p.claimsRefused(call) || p == PROTOCOLS.get(PROTOCOLS.size() - 1)) return p.refusedByContainer(call, status, what);
        }
        return ResponseEntity.status(status).header("Content-Type", "text/plain;charset=utf-8")
                .body(("refused: " + what).getBytes(StandardCharsets.UTF_8)); // before any cloud is up
    }

    /** The clouds' protocols, in their order (CloudEndpoint registers them when it is made). */
    static void register(List<Protocol<?, ?, ?>> protocols) {
        PROTOCOLS = List.copyOf(protocols);
    }

    /**
     * A query fit to look for markers in: its parameters of at most 256 characters, up to 8 KB in all, ASCII only (a
     * container refusal may come with anything). Long values are left out rather than the query cut at a length, so
     * that the markers, Format and Action are read wherever the client put them.
     */
    private static String safeQuery(String rawQuery) {
        if (rawQuery == null) return null;
        StringBuilder q = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            for (int i = 0; i < pair.length(); i++) if (pair.charAt(i) < 0x20 || pair.charAt(i) >= 0x80) return "";
            if (pair.length() > 256 || q.length() + pair.length() >= 8192) continue;
            q.append(q.isEmpty() ? "" : "&").append(pair);
        }
        return q.toString();
    }
}
