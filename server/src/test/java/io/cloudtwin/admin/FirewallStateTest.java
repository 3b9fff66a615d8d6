package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.NetModels;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * Firewalls, VPCs and subnets in seed files and the state export: a seeded host in a subnet with a firewall is what
 * the UCloud API reports, the export round-trips, importing twice changes nothing, and a bad firewall is refused
 * with nothing imported.
 */
class FirewallStateTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIXTURE = """
            vpcs:
              - {cloud: ucloud, region: cn-bj2, id: uvnet-seed0001, name: seeded, cidrBlocks: [10.20.0.0/16]}
            subnets:
              - {cloud: ucloud, region: cn-bj2, id: subnet-seed0001, vpcId: uvnet-seed0001, name: app, cidrBlock: 10.20.1.0/24}
            firewalls:
              - {region: cn-bj2, id: firewall-seed0001, name: ssh-only, rules: ["TCP|22|0.0.0.0/0|ACCEPT|HIGH", "ICMP||0.0.0.0/0|DROP|LOW"]}
              - {region: cn-bj2, id: firewall-seedweb1, name: Web服务器推荐, type: recommend web, rules: ["TCP|80|0.0.0.0/0|ACCEPT|HIGH"]}
            instances:
              - {cloud: ucloud, region: cn-bj2, zone: cn-bj2-02, id: uhost-seed0001, name: app-1, subnetId: subnet-seed0001,
                 privateIp: 10.20.1.9, firewall: firewall-seed0001}
            """;

    private JsonNode state() throws Exception {
        return JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
    }

    private int post(String contentType, String body) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/_cloudtwin/state")).header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    @Test
    void seededFirewallsAreServedExportedAndIdempotent() throws Exception {
        assertThat(post("application/yaml", FIXTURE)).isEqualTo(200);
        UcloudWire wire = new UcloudWire(port);
        NetModels.FirewallDataSet f = wire.call(NetModels.DescribeFirewallResponse.class, "Action", "DescribeFirewall",
                "ResourceType", "uhost", "ResourceId", "uhost-seed0001").DataSet.get(0);
        assertThat(f.FWId).isEqualTo("firewall-seed0001");
        assertThat(f.Rule).extracting(r -> r.ProtocolType + "|" + r.DstPort + "|" + r.RuleAction)
                .containsExactly("TCP|22|ACCEPT", "ICMP||DROP");
        // the seeded recommended web firewall is the scope's: only its non-web partner is made on demand
        List<String> types = wire.call(NetModels.DescribeFirewallResponse.class, "Action", "DescribeFirewall").DataSet
                .stream().map(x -> x.FWId + " " + x.Type).toList();
        assertThat(types).hasSize(3).contains("firewall-seedweb1 recommend web", "firewall-seed0001 user defined");
        assertThat(wire.call(NetModels.DescribeSubnetResourceResponse.class, "Action", "DescribeSubnetResource",
                "SubnetId", "subnet-seed0001").DataSet).singleElement().satisfies(r -> assertThat(r.IP).isEqualTo("10.20.1.9"));

        JsonNode exported = state();
        assertThat(exported.get("firewalls")).hasSize(3);
        JsonNode host = exported.get("instances").get(0);
        assertThat(host.get("firewall").asString()).isEqualTo("firewall-seed0001");
        List<Map<String, Object>> before = jdbc.sql("SELECT * FROM firewall ORDER BY id").query().listOfRows();

        // the same file again: nothing new
        assertThat(post("application/yaml", FIXTURE)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT * FROM firewall ORDER BY id").query().listOfRows()).isEqualTo(before);

        // the export imported into an empty store gives the same firewalls, rules and bindings
        String json = JSON.writeValueAsString(exported);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(post("application/json", json)).isEqualTo(200);
        JsonNode again = state();
        List<JsonNode> was = new java.util.ArrayList<>();
        exported.get("firewalls").forEach(was::add);
        assertThat(again.get("firewalls")).containsExactlyInAnyOrderElementsOf(was); // a fixture keeps no creation time
        assertThat(again.get("instances").get(0).get("firewall")).isEqualTo(host.get("firewall"));
    }

    @Test
    void aBadFirewallIsRefusedAndNothingIsImported() throws Exception {
        for (String bad : new String[] {
                "firewalls: [{region: cn-bj2, name: x, rules: [\"TCP|22|0.0.0.0/0|ACCEPT|URGENT\"]}]",
                "firewalls: [{region: cn-bj2, name: x, type: nonsense}]",
                "firewalls: [{region: cn-bj2}]",
                "firewalls: [{region: cn-bj2, name: a}, {region: cn-bj2, name: a}]",
                FIXTURE.replace("firewall: firewall-seed0001", "firewall: firewall-nope0000")}) {
            assertThat(post("application/yaml", bad)).as(bad).isEqualTo(400);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM firewall").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vpc").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void theExampleSeedLoads() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("cloudtwin.repo.dir", ".."))
                .resolve("docs/examples/seed.yaml"));
        assertThat(post("application/yaml", seed)).isEqualTo(200);
        assertThat(new UcloudWire(port).call(NetModels.DescribeFirewallResponse.class, "Action", "DescribeFirewall",
                "ResourceType", "uhost", "ResourceId", "uhost-demo0002").DataSet.get(0).FWId).isEqualTo("firewall-demo0001");
    }

    @Test
    void theDefaultNetworkSurvivesAnExportRoundTrip() throws Exception {
        UcloudWire wire = new UcloudWire(port);
        Object[] host = {"Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", 20};
        wire.call(io.cloudtwin.ucloud.model.Responses.CreateUHostInstanceResponse.class, host);
        JsonNode exported = state();
        assertThat(exported.get("subnets").get(0).get("defaultNetwork").asBoolean()).isTrue();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(post("application/json", JSON.writeValueAsString(exported))).isEqualTo(200);
        wire.call(io.cloudtwin.ucloud.model.Responses.CreateUHostInstanceResponse.class, host);
        assertThat(jdbc.sql("SELECT name FROM vpc").query(String.class).list()).containsExactly("DefaultVPC");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT subnet_id) FROM instance").query(Integer.class).single()).isEqualTo(1);

        String twoDefaults = """
                vpcs: [{cloud: ucloud, region: cn-hk, id: uvnet-two00001, cidrBlocks: [10.1.0.0/16]}]
                subnets:
                  - {cloud: ucloud, region: cn-bj2, id: subnet-two00001, vpcId: uvnet-two00001, cidrBlock: 10.1.1.0/24, defaultNetwork: true}
                """.replace("cn-hk", "cn-bj2");
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(post("application/json", JSON.writeValueAsString(exported))).isEqualTo(200);
        assertThat(post("application/yaml", twoDefaults)).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vpc").query(Integer.class).single()).isEqualTo(1);
    }
}
