package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;

/**
 * Findings 3, 6 (nonce length) and 13 (reset and nonces): a V3 signature must cover host and every x-acs-* header
 * sent; a nonce longer than any store keeps is refused in Aliyun's format; reset forgets every nonce.
 * The V3 signer here is written from Alibaba's published V3 algorithm, independently of the server.
 */
class SignatureCoverageTest extends ServerTestBase {
    private String groupId() {
        var r = send(AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "CreateSecurityGroup", "RegionId", REGION,
                "Format", "JSON")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll(".*\"SecurityGroupId\":\"([^\"]+)\".*", "$1");
    }

    private RawHttp.Reply send(Map<String, String> signed) {
        try {
            return RawHttp.send(port, "GET", "/?" + AliyunV1Signer.query(signed), null, new byte[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** A V3 request for the action in the query, signing only the given headers (lower case). */
    private RawHttp.Reply v3(String query, Map<String, String> headers, List<String> signedHeaders) throws Exception {
        String payloadHash = hex(MessageDigest.getInstance("SHA-256").digest(new byte[0]));
        headers.put("x-acs-content-sha256", payloadHash);
        TreeMap<String, String> canon = new TreeMap<>();
        for (String h : signedHeaders) canon.put(h, headers.get(h));
        StringBuilder ch = new StringBuilder();
        canon.forEach((k, v) -> ch.append(k).append(':').append(v.trim()).append('\n'));
        String signed = String.join(";", canon.keySet());
        String canonicalRequest = "GET\n/\n" + query + "\n" + ch + "\n" + signed + "\n" + payloadHash;
        String toSign = "ACS3-HMAC-SHA256\n" + hex(MessageDigest.getInstance("SHA-256")
                .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = hex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = new ArrayList<>();
        headers.forEach((k, v) -> lines.add(k + ": " + v));
        lines.add("Authorization: ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=" + signed + ",Signature=" + sig);
        return RawHttp.send(port, "GET", "/?" + query, null, new byte[0], lines.toArray(String[]::new));
    }

    private Map<String, String> v3Headers(String action) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("host", "127.0.0.1:" + port);
        h.put("x-acs-action", action);
        h.put("x-acs-version", "2014-05-26");
        h.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        h.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        return h;
    }

    @Test
    void v3SignedOverHostAloneIsRefused() throws Exception {
        String group = groupId();
        var before = storeSnapshot();
        String query = "RegionId=" + REGION + "&SecurityGroupId=" + group;
        Map<String, String> headers = v3Headers("DeleteSecurityGroup");
        var r = v3(query, headers, List.of("host"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"Code\":\"IncompleteSignature\"");
        assertThat(storeSnapshot()).isEqualTo(before);
        // the same request with everything signed but the nonce: still refused
        headers = v3Headers("DeleteSecurityGroup");
        r = v3(query, headers, List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-content-sha256"));
        assertThat(r.body()).contains("\"Code\":\"IncompleteSignature\"");
        assertThat(storeSnapshot()).isEqualTo(before);
        // fully signed: accepted
        headers = v3Headers("DeleteSecurityGroup");
        r = v3(query, headers, List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                "x-acs-content-sha256"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(storeSnapshot()).isEmpty();
    }

    @Test
    void overLongNonceIsInvalidParameterNot500() {
        var before = storeSnapshot();
        Map<String, String> p = new LinkedHashMap<>(Map.of("Action", "CreateSecurityGroup", "RegionId", REGION,
                "SignatureNonce", "n".repeat(300)));
        Map<String, String> signed = new LinkedHashMap<>(AliyunV1Signer.sign("GET", AK, SECRET, p));
        signed.put("SignatureNonce", "n".repeat(300));
        signed.put("Signature", AliyunV1Signer.signature("GET", SECRET, signed));
        var r = send(signed);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("<Code>InvalidParameter</Code>").contains("SignatureNonce");
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void resetForgetsEveryNonce() throws Exception {
        Map<String, String> once = AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "DescribeSecurityGroups",
                "RegionId", REGION));
        assertThat(send(once).status()).isEqualTo(200);
        assertThat(send(once).body()).contains("<Code>SignatureNonceUsed</Code>");
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(send(once).status()).as("after reset the nonce is forgotten, as docs/admin-api.md says").isEqualTo(200);
    }
}
