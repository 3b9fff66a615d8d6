package io.cloudtwin.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.UcloudSigner;

/** Signed Aliyun (XML) and UCloud (JSON) calls against any server process. */
final class Clients {
    static final String AK = "cloudtwin-demo";
    static final String SECRET = "cloudtwin-demo-secret";
    private static final Pattern VALUE = Pattern.compile("<(\\w+)>([^<]*)</\\1>");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

    private Clients() {}

    static Map<String, String> params(String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        return p;
    }

    /** Sends already-signed Aliyun parameters; returns the XML body. */
    static String aliyunSigned(String baseUrl, Map<String, String> signed) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?" + AliyunV1Signer.query(signed))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String aliyun(String baseUrl, String... kv) throws Exception {
        return aliyunSigned(baseUrl, AliyunV1Signer.sign("GET", AK, SECRET, params(kv)));
    }

    static String field(String xml, String name) {
        Matcher m = VALUE.matcher(xml);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }

    static JsonNode ucloud(String baseUrl, String... kv) throws Exception {
        Map<String, String> p = params(kv);
        p.putIfAbsent("Region", "cn-bj2");
        String body = JSON.writeValueAsString(UcloudSigner.sign("cloudtwin-demo-public", "cloudtwin-demo-private", p));
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
