package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * Deterministic ids (POST /_cloudtwin/id-seed, cloudtwin.ids.seed): the same calls after the same seed get the same
 * ids and the same answers (request ids included; times aside, they are the wall clock's), so answers can be kept as
 * golden files; reset keeps the seed and starts it over; another seed, or none, gives other ids.
 */
class IdSeedTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void unseed() throws Exception {
        admin("POST", "/_cloudtwin/id-seed", "{\"seed\":null}");
    }

    private JsonNode aliyun(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("RegionId", REGION);
        p.put("Format", "JSON");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        String body = AliyunV1Signer.query(AliyunV1Signer.sign("POST", AK, SECRET, p));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode ucloud(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p)))).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.get("RetCode").asInt()).as(r.body()).isZero();
        return answer;
    }

    /** A workflow of both clouds; answers every answer whole, its times masked, plus the request id UCloud puts in a header. */
    private List<String> workflow() throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        JsonNode web = aliyun("Action", "CreateSecurityGroup", "SecurityGroupName", "web");
        JsonNode db = aliyun("Action", "CreateSecurityGroup", "SecurityGroupName", "db");
        String webId = web.get("SecurityGroupId").asString();
        answers.add(web);
        answers.add(db);
        answers.add(aliyun("Action", "AuthorizeSecurityGroup", "SecurityGroupId", webId, "IpProtocol", "tcp",
                "PortRange", "22/22", "SourceCidrIp", "10.0.0.0/8"));
        answers.add(aliyun("Action", "RunInstances", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupIds.1", webId, "SecurityGroupIds.2", db.get("SecurityGroupId").asString(), "Amount", "2"));
        answers.add(aliyun("Action", "DescribeInstances"));
        answers.add(aliyun("Action", "DescribeSecurityGroupAttribute", "SecurityGroupId", webId));
        JsonNode vpc = ucloud("Action", "CreateVPC", "Name", "demo", "Network.0", "10.40.0.0/16");
        answers.add(vpc);
        JsonNode group = ucloud("Action", "CreateSecGroup", "VPCId", vpc.get("VPCId").asString(), "Name", "edge");
        answers.add(group);
        answers.add(ucloud("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-1", "Name", "edge-1",
                "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", group.get("SecGroupId").asString()));
        answers.add(ucloud("Action", "CreateFirewall", "Name", "edge-fw", "Rule.0", "TCP|443|0.0.0.0/0|ACCEPT|HIGH"));
        answers.add(ucloud("Action", "DescribeUHostInstance"));
        List<String> out = new ArrayList<>();
        for (JsonNode a : answers) out.add(JSON.writeValueAsString(maskTimes(a)));
        return out;
    }

    /** Times are the wall clock's, not the seed's: fields named ...Time and ISO-8601 instants are masked. */
    private static JsonNode maskTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (name.endsWith("Time") || (v.isString() && v.asString().matches("\\d{4}-\\d{2}-\\d{2}T.*"))) o.put(name, "<time>");
                else maskTimes(v);
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) maskTimes(e);
        }
        return node;
    }

    private void seed(String json) throws Exception {
        HttpResponse<String> r = admin("POST", "/_cloudtwin/id-seed", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void theSameSeedGivesTheSameIdsAndAnswersForTheSameCalls() throws Exception {
        seed("{\"seed\":42}");
        List<String> first = workflow();
        assertThat(admin("POST", "/_cloudtwin/reset", null).statusCode()).isEqualTo(200);
        List<String> second = workflow();

        assertThat(second).isEqualTo(first);
        String all = String.join("\n", first);
        assertThat(all).containsPattern("\"SecurityGroupId\":\"sg-[a-z0-9]{20}\"")
                .containsPattern("\"i-[a-z0-9]{20}\"").containsPattern("\"uhost-[a-z0-9]{8}\"")
                .containsPattern("\"RequestId\":\"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-");

        // the request log keeps no ids; a third run in the same order, from a reset with an explicit keepSeed
        assertThat(admin("POST", "/_cloudtwin/reset", "{\"keepSeed\":true}").statusCode()).isEqualTo(200);
        assertThat(workflow()).isEqualTo(first);
        assertThat(admin("GET", "/_cloudtwin/id-seed", null).body()).isEqualTo("{\"seed\":42}");
    }

    @Test
    void anotherSeedOrNoneGivesOtherIds() throws Exception {
        seed("{\"seed\":42}");
        List<String> seeded = workflow();
        seed("{\"seed\":43}");
        admin("POST", "/_cloudtwin/reset", null);
        List<String> other = workflow();
        assertThat(other).hasSameSizeAs(seeded);
        for (int i = 0; i < seeded.size(); i++) assertThat(other.get(i)).isNotEqualTo(seeded.get(i));

        // reset {"keepSeed": false} drops the seed: two runs then differ
        assertThat(admin("POST", "/_cloudtwin/reset", "{\"keepSeed\":false}").statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/_cloudtwin/id-seed", null).body()).isEqualTo("{\"seed\":null}");
        List<String> random1 = workflow();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(workflow().get(0)).isNotEqualTo(random1.get(0));
    }

    @Test
    void aSeedMustBeAnInteger() throws Exception {
        for (String bad : new String[] {"{\"seed\":\"42\"}", "{\"seed\":4.2}", "{}"}) {
            HttpResponse<String> r = admin("POST", "/_cloudtwin/id-seed", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).contains("seed");
        }
        assertThat(admin("POST", "/_cloudtwin/reset", "{\"keepSeed\":\"no\"}").statusCode()).isEqualTo(400);
        assertThat(admin("GET", "/_cloudtwin/id-seed", null).body()).isEqualTo("{\"seed\":null}");
    }
}
