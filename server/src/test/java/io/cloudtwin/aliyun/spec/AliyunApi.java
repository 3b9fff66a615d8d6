package io.cloudtwin.aliyun.spec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;

/** Signed Aliyun RPC calls (signature v1, POST form) for recipes and spec-driven tests, ECS or VPC by product. */
public final class AliyunApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public AliyunApi(int port) {
        this.port = port;
    }

    public record Reply(int status, String body, boolean json) {
        public JsonNode tree() {
            return JSON.readTree(body);
        }
    }

    public static String version(String product) {
        return AliyunProduct.byCloudName(product).version();
    }

    public static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** Sends action with params (signed POST form) in format JSON or XML; any status. */
    public Reply send(String product, String action, String format, Map<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", action);
        p.put("Version", version(product));
        p.put("Format", format);
        p.putAll(params);
        String body = AliyunV1Signer.query(AliyunV1Signer.sign("POST", ServerTestBase.AK, ServerTestBase.SECRET, p));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Reply(r.statusCode(), r.body(), type.startsWith("application/json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON call that must succeed; its body. */
    public JsonNode ok(String product, String action, String... kv) {
        Reply r = send(product, action, "JSON", params(kv));
        if (r.status() != 200) throw new AssertionError(product + " " + action + " answered " + r.status() + ": " + r.body());
        return r.tree();
    }

    /** "ok", or the code a JSON call is refused with. */
    public String outcome(String product, String action, String... kv) {
        Reply r = send(product, action, "JSON", params(kv));
        return r.status() == 200 ? "ok" : r.tree().path("Code").asString();
    }

    /** The code a JSON call is refused with; it must be refused (400 to 404). */
    public String refusal(String product, String action, String... kv) {
        Reply r = send(product, action, "JSON", params(kv));
        if (r.status() < 400 || r.status() > 404) {
            throw new AssertionError(product + " " + action + " refused: answered " + r.status() + ": " + r.body());
        }
        return r.tree().path("Code").asString();
    }

    public JsonNode ecs(String action, String... kv) {
        return ok(AliyunSpecs.ECS, action, kv);
    }

    public JsonNode vpc(String action, String... kv) {
        return ok(AliyunSpecs.VPC, action, kv);
    }

    public JsonNode slb(String action, String... kv) {
        return ok(AliyunSpecs.SLB, action, kv);
    }

    /** A security group in the test region. */
    public String group() {
        return ecs("CreateSecurityGroup", "RegionId", ServerTestBase.REGION).path("SecurityGroupId").asString();
    }

    /** A Running instance in the given groups. */
    public String instance(String... groups) {
        Map<String, String> p = params("RegionId", ServerTestBase.REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large");
        for (int i = 0; i < groups.length; i++) p.put("SecurityGroupIds." + (i + 1), groups[i]);
        Reply r = send(AliyunSpecs.ECS, "RunInstances", "JSON", p);
        if (r.status() != 200) throw new AssertionError("RunInstances answered " + r.status() + ": " + r.body());
        return r.tree().path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
    }
}
