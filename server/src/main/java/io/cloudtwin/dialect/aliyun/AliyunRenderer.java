package io.cloudtwin.dialect.aliyun;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.JsonTree;
import io.cloudtwin.dialect.aliyun.spec.ResponseShaper;
import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * Renders Aliyun RPC responses. The body is shaped by the action's response schema (ResponseShaper) in JSON shape;
 * in XML a list under key K becomes repeated &lt;K&gt; elements, which is how the real API writes
 * {"SecurityGroupIds":{"SecurityGroupId":[...]}} as &lt;SecurityGroupIds&gt;&lt;SecurityGroupId&gt;..&lt;/SecurityGroupId&gt;...
 */
@Component
public class AliyunRenderer {
    static final String HOST_ID = "ecs.aliyuncs.com";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    public enum Format { XML, JSON }

    public ResponseEntity<byte[]> success(Format format, ActionSpec action, String requestId, Map<String, Object> fields) {
        return render(200, format, action.name() + "Response", requestId,
                ResponseShaper.body(action.response(), requestId, fields));
    }

    /** A success answer of the RequestId alone (AliyunCall.nothingFound). */
    public ResponseEntity<byte[]> requestIdOnly(Format format, ActionSpec action, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        return render(200, format, action.name() + "Response", requestId, body);
    }

    /** An error body; hostId and product are the product's (ecs.aliyuncs.com / Ecs, vpc.aliyuncs.com / Vpc). */
    public ResponseEntity<byte[]> error(Format format, String requestId, String hostId, String product, String code,
                                        int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", hostId);
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=" + product);
        return render(status, format, "Error", requestId, body);
    }

    public ResponseEntity<byte[]> error(Format format, String requestId, String code, int status, String message) {
        return error(format, requestId, HOST_ID, "Ecs", code, status, message);
    }

    private ResponseEntity<byte[]> render(int status, Format format, String root, String requestId,
                                          Map<String, Object> body) {
        byte[] bytes;
        String contentType;
        if (format == Format.JSON) {
            bytes = JsonTree.bytes(body);
            contentType = "application/json;charset=utf-8";
        } else {
            StringBuilder sb = new StringBuilder(256).append(XML_DECLARATION);
            element(sb, root, body);
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            contentType = "text/xml;charset=utf-8";
        }
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header("x-acs-request-id", requestId)
                .body(bytes);
    }

    private static void element(StringBuilder sb, String name, Object value) {
        if (value instanceof List<?> list) {
            for (Object item : list) element(sb, name, item);
            return;
        }
        sb.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) element(sb, String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value != null) {
            escape(sb, value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') sb.append('\uFFFD'); // not representable in XML 1.0
                    else sb.append(c);
                }
            }
        }
    }
}
