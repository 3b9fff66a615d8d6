package io.cloudtwin.dialect.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Renders Aliyun RPC responses. The body is built in JSON shape; in XML a list under key K becomes repeated &lt;K&gt;
 * elements, which is how the real API writes {"SecurityGroupIds":{"SecurityGroupId":[...]}} in XML.
 */
@Component
public class AliyunRenderer {
    static final String HOST_ID = "ecs.aliyuncs.com";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final JsonMapper json = JsonMapper.builder().build();
    private final XmlMapper xml = XmlMapper.builder().build();

    public enum Format { XML, JSON }

    public ResponseEntity<byte[]> success(Format format, String action, String requestId, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.putAll(fields);
        return render(200, format, action + "Response", requestId, body);
    }

    public ResponseEntity<byte[]> error(Format format, String requestId, String code, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", HOST_ID);
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Ecs");
        return render(status, format, "Error", requestId, body);
    }

    private ResponseEntity<byte[]> render(int status, Format format, String root, String requestId,
                                          Map<String, Object> body) {
        byte[] bytes;
        String contentType;
        if (format == Format.JSON) {
            bytes = json.writeValueAsBytes(body);
            contentType = "application/json;charset=utf-8";
        } else {
            String text = XML_DECLARATION + xml.writer().withRootName(root).writeValueAsString(body);
            bytes = text.getBytes(StandardCharsets.UTF_8);
            contentType = "text/xml;charset=utf-8";
        }
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header("x-acs-request-id", requestId)
                .body(bytes);
    }
}
