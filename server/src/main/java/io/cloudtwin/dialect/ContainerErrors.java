package io.cloudtwin.dialect;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.ResponseEntity;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.aliyun.AliyunRenderer;
import io.cloudtwin.dialect.ucloud.UcloudParams;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals made before a dialect could read the request - by the servlet container (a request line it cannot parse,
 * headers too large, a path that climbs above the root), or by the size bounds of CloudFilter - rendered in the
 * format of the cloud the request's markers name (ProtocolMarkers): Aliyun's Error body (XML, or JSON when
 * Format=JSON was sent) with its HTTP status, UCloud's HTTP 200 with a RetCode. Admin paths get the admin API's JSON
 * error. Only codes the clouds document are used: UnsupportedHTTPMethod and InvalidParameter (Aliyun), 230 (UCloud).
 */
public final class ContainerErrors {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AliyunRenderer ALIYUN = new AliyunRenderer();

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
        if (path.toLowerCase(Locale.ROOT).contains("_cloudtwin")) {
            Map<String, Object> body = Map.of("error", status == 405 || status == 501 ? "method not allowed"
                    : "bad request: " + what);
            return ResponseEntity.status(status).header("Content-Type", "application/json;charset=utf-8")
                    .body(JSON.writeValueAsBytes(body));
        }
        Map<String, String> headers = new TreeMap<>();
        if (contentType != null) headers.put("content-type", contentType);
        HttpCall call = new HttpCall(method == null ? "GET" : method, path, safeQuery(rawQuery), headers,
                bodyPrefix, "");
        if (ProtocolMarkers.cloudOf(call) == Cloud.UCLOUD || (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            String action = UcloudParams.actionHint(call);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Action", (action == null ? "" : action) + "Response");
            body.put("RetCode", 230);
            body.put("Message", "Params [" + what + "] not valid");
            return ResponseEntity.ok().header("Content-Type", "application/json;charset=utf-8")
                    .header("X-UCLOUD-REQUEST-UUID", RequestIds.next()).body(JSON.writeValueAsBytes(body));
        }
        boolean json = rawQuery != null && rawQuery.matches("(?i)(.*&)?Format=JSON(&.*)?");
        AliyunRenderer.Format format = json ? AliyunRenderer.Format.JSON : AliyunRenderer.Format.XML;
        boolean badMethod = status == 405 || status == 501 || (method != null && !method.equals("GET")
                && !method.equals("POST"));
        return badMethod
                ? ALIYUN.error(format, RequestIds.nextUpper(), "UnsupportedHTTPMethod", 400, "This http method is not supported.")
                : ALIYUN.error(format, RequestIds.nextUpper(), "InvalidParameter", 400,
                        "The specified parameter \"" + what + "\" is not valid.");
    }

    /** A query fit to look for markers in: at most 8 KB, ASCII only (a container refusal may come with anything). */
    private static String safeQuery(String rawQuery) {
        if (rawQuery == null) return null;
        String q = rawQuery.length() > 8192 ? rawQuery.substring(0, 8192) : rawQuery;
        byte[] b = q.getBytes(StandardCharsets.ISO_8859_1);
        for (byte x : b) if (x < 0x20) return "";
        return q;
    }
}
