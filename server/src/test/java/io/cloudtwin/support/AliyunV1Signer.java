package io.cloudtwin.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds hand-made Aliyun RPC requests signed with signature v1, written in the test from the published algorithm
 * (independently of the server's code), for REST Assured and load tests.
 */
public final class AliyunV1Signer {
    private AliyunV1Signer() {}

    /** Common parameters plus the given ones, signed for the given HTTP method. */
    public static Map<String, String> sign(String method, String accessKeyId, String secret, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Format", "XML");
        all.put("Version", "2014-05-26");
        all.put("AccessKeyId", accessKeyId);
        all.put("SignatureMethod", "HMAC-SHA1");
        all.put("SignatureVersion", "1.0");
        all.put("SignatureNonce", UUID.randomUUID().toString());
        all.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        all.putAll(params);
        all.remove("Signature");
        all.put("Signature", signature(method, secret, all));
        return all;
    }

    public static String signature(String method, String secret, Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>(params);
        sorted.remove("Signature");
        StringBuilder q = new StringBuilder();
        sorted.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        String toSign = method + "&" + enc("/") + "&" + enc(q.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The parameters as a query string, encoded the same way. */
    public static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return q.toString();
    }
}
