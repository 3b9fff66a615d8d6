package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.LeaveSecurityGroupRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/** The admin API: seeding and export in both formats, faults with latency, probability and throttling, the log. */
class AdminApiTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    static final String FIXTURE = """
            accounts:
              - id: "3000000000000003"
                name: team-a
                aliyun: {accessKeyId: team-a-ak, accessKeySecret: team-a-secret}
                ucloud: {publicKey: team-a-public, privateKey: team-a-private, projects: [org-team-a]}
            securityGroups:
              - {cloud: aliyun, account: "3000000000000003", region: cn-shanghai, id: sg-seededweb000000000, name: web, vpcId: vpc-1}
              - {cloud: aliyun, account: "3000000000000003", region: cn-shanghai, id: sg-seededdb0000000000, name: db, vpcId: vpc-1}
              - cloud: ucloud
                account: "3000000000000003"
                region: cn-bj2
                id: secgroup-seeded01
                name: edge
                vpcId: uvnet-1
                rules:
                  - {direction: Ingress, ipRange: 0.0.0.0/0, priority: 10, protocol: TCP, dstPort: "22", action: Accept}
            instances:
              - cloud: aliyun
                account: "3000000000000003"
                region: cn-shanghai
                zone: cn-shanghai-b
                id: i-seededinstance00001
                name: app
                status: Running
                securityGroups: [{id: sg-seededweb000000000}, {id: sg-seededdb0000000000}]
              - cloud: ucloud
                account: "3000000000000003"
                region: cn-bj2
                zone: cn-bj2-02
                id: uhost-seeded01
                status: Stopped
                securityGroups: [{id: secgroup-seeded01, priority: 2}]
            """;

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Client aliyun(String ak, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(ak).setAccessKeySecret(secret).setEndpoint("127.0.0.1:" + port)
                .setProtocol("HTTP").setRegionId("cn-shanghai"));
    }

    @Test
    void seedThenUseTheSeededAccountThroughTheSdk() throws Exception {
        HttpResponse<String> r = send("POST", "/_cloudtwin/state", "application/yaml", FIXTURE);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("created").get("instances").asInt()).isEqualTo(2);

        Client teamA = aliyun("team-a-ak", "team-a-secret");
        var described = teamA.describeInstances(new DescribeInstancesRequest().setRegionId("cn-shanghai"))
                .getBody().getInstances().getInstance();
        assertThat(described).hasSize(1);
        assertThat(described.get(0).getSecurityGroupIds().getSecurityGroupId())
                .containsExactly("sg-seededweb000000000", "sg-seededdb0000000000");
        teamA.leaveSecurityGroup(new LeaveSecurityGroupRequest().setInstanceId("i-seededinstance00001")
                .setSecurityGroupId("sg-seededdb0000000000"));
        assertThat(groupsOf("i-seededinstance00001")).containsExactly("sg-seededweb000000000");

        // the seeded UCloud account and project answer too
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("Action", "DescribeResourceSecGroup");
        p.put("Region", "cn-bj2");
        p.put("ResourceId.0", "uhost-seeded01");
        JsonNode ucloud = JSON.readTree(send("POST", "/", "application/json",
                JSON.writeValueAsString(UcloudSigner.sign("team-a-public", "team-a-private", p))).body());
        assertThat(ucloud.get("RetCode").asInt()).isZero();
        assertThat(ucloud.get("DataSet").get(0).get("SecGroupInfo").get(0).get("Priority").asInt()).isEqualTo(2);

        // importing the same fixture again changes nothing
        var before = storeSnapshot();
        r = send("POST", "/_cloudtwin/state", "application/yaml", FIXTURE);
        assertThat(JSON.readTree(r.body()).get("created").get("instances").asInt()).isZero();
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void exportRoundTripsThroughReset() throws Exception {
        send("POST", "/_cloudtwin/state", "application/yaml", FIXTURE);
        String yaml = send("GET", "/_cloudtwin/state?format=yaml", "text/plain", "").body();
        assertThat(yaml).contains("i-seededinstance00001").contains("secgroup-seeded01").contains("dstPort: \"22\"");
        String json = send("GET", "/_cloudtwin/state", "text/plain", "").body();
        var before = storeSnapshot();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(storeSnapshot()).isEmpty();
        HttpResponse<String> r = send("POST", "/_cloudtwin/state?replace=true", "application/json", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> after = storeSnapshot();
        assertThat(after).hasSameSizeAs(before);
        assertThat(JSON.readTree(send("GET", "/_cloudtwin/state", "text/plain", "").body()).get("instances"))
                .isEqualTo(JSON.readTree(json).get("instances"));
    }

    @Test
    void invalidFixturesChangeNothing() throws Exception {
        var before = storeSnapshot();
        for (String bad : List.of(
                "securityGroups: [{cloud: azure, region: x}]",
                "instances: [{cloud: aliyun, region: cn-hangzhou, securityGroups: [{id: sg-missing}]}]",
                "securityGroups: [{cloud: aliyun, account: '999', region: x}]",
                "instances: [{cloud: aliyun, region: cn-hangzhou, status: Exploded}]",
                "securityGroups: [{cloud: aliyun, region: cn-hangzhou, id: sg-ok}]\ninstances: [{cloud: aliyun}]",
                "{{{ not yaml")) {
            HttpResponse<String> r = send("POST", "/_cloudtwin/state", "application/yaml", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).contains("error");
            assertThat(storeSnapshot()).as(bad).isEqualTo(before);
        }
    }

    @Test
    void faultsWithProbabilityLatencyAndThrottling() throws Exception {
        Client c = aliyun(AK, SECRET);
        CreateSecurityGroupRequest create = new CreateSecurityGroupRequest().setRegionId("cn-hangzhou");

        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"aliyun\",\"action\":\"CreateSecurityGroup\",\"latencyMs\":300}");
        long t0 = System.nanoTime();
        c.createSecurityGroup(create);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(300);
        admin("DELETE", "/_cloudtwin/faults", null);

        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"aliyun\",\"action\":\"CreateSecurityGroup\","
                + "\"errorCode\":\"ServiceUnavailable\",\"probability\":0.5}");
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            try {
                c.createSecurityGroup(create);
            } catch (TeaException e) {
                assertThat(e.getCode()).isEqualTo("ServiceUnavailable");
                assertThat(e.getStatusCode()).isEqualTo(503);
                failed++;
            }
        }
        assertThat(failed).isBetween(50, 150); // 200 draws at p=0.5: outside this is a 1-in-10^12 event
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_group").query(Integer.class).single()).isEqualTo(1 + 200 - failed);
        admin("DELETE", "/_cloudtwin/faults", null);

        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"aliyun\",\"action\":\"*\",\"ratePerSecond\":5}");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            try {
                c.createSecurityGroup(create);
                codes.add("OK");
            } catch (TeaException e) {
                assertThat(e.getStatusCode()).isEqualTo(400);
                codes.add(e.getCode());
            }
        }
        assertThat(codes).contains("OK", "Throttling");
        admin("DELETE", "/_cloudtwin/faults", null);

        // UCloud: a throttle answers RetCode 153, a named RetCode answers as itself
        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"ucloud\",\"ratePerSecond\":0.001}");
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("Action", "DescribeSecGroup");
        p.put("Region", "cn-bj2");
        String body = JSON.writeValueAsString(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p));
        List<Integer> retCodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retCodes.add(JSON.readTree(send("POST", "/", "application/json", body).body()).get("RetCode").asInt());
        }
        assertThat(retCodes).containsExactly(0, 153, 153);
        admin("DELETE", "/_cloudtwin/faults", null);
        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"ucloud\",\"action\":\"DescribeSecGroup\",\"errorCode\":\"110\",\"times\":1}");
        assertThat(JSON.readTree(send("POST", "/", "application/json", body).body()).get("RetCode").asInt()).isEqualTo(110);
        assertThat(JSON.readTree(send("POST", "/", "application/json", body).body()).get("RetCode").asInt()).isZero();
    }

    @Test
    void requestLogAndConsolePage() throws Exception {
        var p = AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "DescribeInstances", "RegionId", "cn-hangzhou"));
        http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/?" + AliyunV1Signer.query(p))).build(),
                HttpResponse.BodyHandlers.ofString());
        var bad = AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "LeaveSecurityGroup", "InstanceId", "i-x",
                "SecurityGroupId", "sg-x"));
        http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/?" + AliyunV1Signer.query(bad))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode log = JSON.readTree(send("GET", "/_cloudtwin/requests?limit=5", "text/plain", "").body());
        assertThat(log.get(0).get("action").asString()).isEqualTo("LeaveSecurityGroup");
        assertThat(log.get(0).get("outcome").asString()).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(log.get(0).get("httpStatus").asInt()).isEqualTo(404);
        assertThat(log.get(1).get("action").asString()).isEqualTo("DescribeInstances");
        assertThat(log.get(1).get("outcome").asString()).isEqualTo("OK");
        HttpResponse<String> ui = send("GET", "/_cloudtwin/ui", "text/plain", "");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(ui.body()).contains("cloudtwin console").contains("/_cloudtwin/requests");
    }

    @Test
    void healthCheckCommand() {
        assertThat(io.cloudtwin.HealthCheckAccess.run(String.valueOf(port))).isZero();
        assertThat(io.cloudtwin.HealthCheckAccess.run("1")).isEqualTo(1);
        assertThat(io.cloudtwin.CloudtwinApplication.fileUrl("/data"))
                .isEqualTo("jdbc:h2:file:/data/cloudtwin;WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128");
    }
}
