package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import io.cloudtwin.admin.AdminGuard;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;

/** Findings 1 and 2: the admin API refuses other sites, other Host names and non-JSON state changes; no secrets out. */
class AdminGuardTest extends ServerTestBase {
    private static final String TAKEOVER = """
            {"accounts":[{"id":"1000000000000001","name":"demo",
              "aliyun":{"accessKeyId":"cloudtwin-demo","accessKeySecret":"attacker-secret"}}]}""";

    @BeforeEach
    void aGroup() throws Exception {
        new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint("127.0.0.1:" + port)
                .setProtocol("HTTP").setRegionId(REGION))
                .createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION));
    }

    private RawHttp.Reply raw(String method, String path, String type, String body, String... headers) throws Exception {
        return RawHttp.send(port, method, path, type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private String own() {
        return "Host: 127.0.0.1:" + port;
    }

    @Test
    void foreignOriginCannotResetOrImport() throws Exception {
        var before = storeSnapshot();
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
                "application/json"}) {
            var r = raw("POST", "/_cloudtwin/reset", type, "a=b", own(), "Origin: http://evil.example");
            assertThat(r.status()).as(type).isEqualTo(403);
            assertThat(r.body()).contains("\"error\"");
            r = raw("POST", "/_cloudtwin/state", type, TAKEOVER, own(), "Origin: http://127.0.0.1:1");
            assertThat(r.status()).as(type).isEqualTo(403);
        }
        assertThat(raw("POST", "/_cloudtwin/reset", "application/json", "", own(), "Sec-Fetch-Site: cross-site")
                .status()).isEqualTo(403);
        assertThat(storeSnapshot()).isEqualTo(before).isNotEmpty();
        assertThat(secretNow()).isEqualTo(SECRET);
    }

    @Test
    void stateChangesNeedJson() throws Exception {
        var before = storeSnapshot();
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            assertThat(raw("POST", "/_cloudtwin/reset", type, "", own()).status()).as(type).isEqualTo(415);
            assertThat(raw("POST", "/_cloudtwin/state", type, TAKEOVER, own()).status()).as(type).isEqualTo(415);
        }
        assertThat(raw("POST", "/_cloudtwin/reset", null, "", own()).status()).isEqualTo(415);
        assertThat(storeSnapshot()).isEqualTo(before);
        // same origin with JSON works
        assertThat(raw("POST", "/_cloudtwin/reset", "application/json", "", own(),
                "Origin: http://127.0.0.1:" + port).status()).isEqualTo(200);
        assertThat(storeSnapshot()).isEmpty();
    }

    @Test
    void importKeepsAnExistingAccountsKeysUnlessReplace() throws Exception {
        var r = raw("POST", "/_cloudtwin/state", "application/json", TAKEOVER, own());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(secretNow()).isEqualTo(SECRET);
    }

    @Test
    void foreignHostIsRefusedEvenForReads() throws Exception {
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example"}) {
            var r = raw("GET", "/_cloudtwin/state?secrets=true", null, "", "Host: " + host);
            assertThat(r.status()).as(host).isEqualTo(403);
            assertThat(r.body()).doesNotContain(SECRET);
        }
        assertThat(raw("GET", "/_cloudtwin/state", null, "", "Host: localhost:" + port).status()).isEqualTo(200);
        assertThat(raw("GET", "/_cloudtwin/state", null, "", "Host: [::1]:" + port).status()).isEqualTo(200);
    }

    @Test
    void exportLeavesSecretsOutUnlessAsked() throws Exception {
        String plain = raw("GET", "/_cloudtwin/state", null, "", own()).body();
        assertThat(plain).contains(AK).contains(UCLOUD_PUBLIC).doesNotContain(SECRET).doesNotContain(UCLOUD_PRIVATE)
                .doesNotContain("other-secret");
        String full = raw("GET", "/_cloudtwin/state?secrets=true", null, "", own()).body();
        assertThat(full).contains(SECRET).contains(UCLOUD_PRIVATE);
    }

    private String secretNow() throws Exception {
        var tree = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(raw("GET", "/_cloudtwin/state?secrets=true", null, "", own()).body());
        for (var a : tree.get("accounts")) {
            if (a.get("id").asString().equals("1000000000000001")) return a.get("aliyun").get("accessKeySecret").asString();
        }
        return null;
    }

    /** CLOUDTWIN_ADMIN_TOKEN: every call but health needs it; with it, any Host. */
    @Test
    void adminToken() {
        AdminGuard guard = new AdminGuard("s3cret", "cloudtwin");
        assertThat(guard.refusal(req("GET", "/_cloudtwin/state", "127.0.0.1:8080"))).startsWith("401");
        assertThat(guard.refusal(req("GET", "/_cloudtwin/ui", "127.0.0.1:8080"))).startsWith("401");
        assertThat(guard.refusal(req("GET", "/_cloudtwin/health", "127.0.0.1:8080"))).isNull();
        var bearer = req("GET", "/_cloudtwin/state", "anything.example");
        bearer.addHeader("Authorization", "Bearer s3cret");
        assertThat(guard.refusal(bearer)).isNull();
        var header = req("POST", "/_cloudtwin/reset", "127.0.0.1:8080");
        header.addHeader("X-Cloudtwin-Token", "wrong");
        assertThat(guard.refusal(header)).startsWith("401");
        var console = req("GET", "/_cloudtwin/ui", "127.0.0.1:8080");
        console.setParameter("token", "s3cret");
        assertThat(guard.refusal(console)).isNull();
        assertThat(guard.refusal(req("GET", "/_cloudtwin/state", "cloudtwin:8080")))
                .as("configured host, no token").startsWith("401");
        assertThat(new AdminGuard("", "cloudtwin").refusal(req("GET", "/_cloudtwin/state", "cloudtwin:8080"))).isNull();
    }

    private static MockHttpServletRequest req(String method, String path, String host) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, path);
        r.addHeader("Host", host);
        if (!method.equals("GET")) r.setContentType("application/json");
        return r;
    }
}
