package io.cloudtwin.ucloud.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * GrantFirewall of several hosts to one firewall races DeleteFirewall of that firewall. Either the deletion wins
 * (then every grant answers 4600 and every host keeps the firewall it had) or at least one grant wins (then the
 * deletion answers 4361 and the firewall stays). Never both; never a host without a firewall or bound to a
 * deleted one. Also: concurrent first calls make each recommended firewall exactly once.
 */
class FirewallConcurrencyTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HOSTS = 6;
    private static final int ROUNDS = 8;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

    private JsonNode call(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        String body = JSON.writeValueAsString(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private String firewallOf(String host) {
        return jdbc.sql("SELECT firewall_id FROM firewall_binding WHERE instance_id = :i").param("i", host)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void grantAndDeleteNeverBothWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(HOSTS + 1);
        try {
            List<String> hosts = new ArrayList<>();
            call("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                    "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                    "MaxCount", String.valueOf(HOSTS)).get("UHostIds").forEach(n -> hosts.add(n.asString()));
            assertThat(hosts).hasSize(HOSTS);
            String original = firewallOf(hosts.get(0));
            assertThat(original).isNotNull();
            int deletionsWon = 0;
            int grantsWon = 0;
            for (int round = 0; round < ROUNDS; round++) {
                String fw = call("Action", "CreateFirewall", "Name", "race-" + round, "Rule.0",
                        "TCP|22|0.0.0.0/0|ACCEPT|HIGH").get("FWId").asString();
                Map<String, String> before = new LinkedHashMap<>();
                for (String h : hosts) before.put(h, firewallOf(h));
                CountDownLatch start = new CountDownLatch(1);
                Map<String, Integer> codes = new ConcurrentHashMap<>();
                List<Future<?>> done = new ArrayList<>();
                done.add(pool.submit(() -> {
                    start.await();
                    codes.put("delete", call("Action", "DeleteFirewall", "FWId", fw).get("RetCode").asInt());
                    return null;
                }));
                for (String h : hosts) {
                    done.add(pool.submit(() -> {
                        start.await();
                        codes.put(h, call("Action", "GrantFirewall", "FWId", fw, "ResourceType", "uhost",
                                "ResourceId", h).get("RetCode").asInt());
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) f.get();

                boolean exists = jdbc.sql("SELECT COUNT(*) FROM firewall WHERE id = :f").param("f", fw)
                        .query(Integer.class).single() == 1;
                if (codes.get("delete") == 0) {
                    deletionsWon++;
                    assertThat(exists).isFalse();
                    for (String h : hosts) {
                        assertThat(codes.get(h)).as("grant after a successful delete").isEqualTo(4600);
                        assertThat(firewallOf(h)).isEqualTo(before.get(h));
                    }
                } else {
                    grantsWon++;
                    assertThat(codes.get("delete")).isEqualTo(4361);
                    assertThat(exists).isTrue();
                    for (String h : hosts) {
                        assertThat(codes.get(h)).isIn(0, 4600);
                        if (codes.get(h) == 0) assertThat(firewallOf(h)).isEqualTo(fw);
                    }
                    assertThat(hosts.stream().filter(h -> codes.get(h) == 0)).isNotEmpty();
                    // put the hosts back on the original firewall for the next round; the race firewall can now go
                    for (String h : hosts) {
                        assertThat(call("Action", "GrantFirewall", "FWId", original, "ResourceType", "uhost",
                                "ResourceId", h).get("RetCode").asInt()).isZero();
                    }
                    assertThat(call("Action", "DeleteFirewall", "FWId", fw).get("RetCode").asInt()).isZero();
                }
                for (String h : hosts) assertThat(firewallOf(h)).as("every host keeps exactly one firewall").isNotNull();
            }
            assertThat(deletionsWon + grantsWon).isEqualTo(ROUNDS);
            System.out.printf("grant vs delete: deletion won %d rounds, grants won %d of %d%n", deletionsWon, grantsWon,
                    ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstCallsMakeEachRecommendedFirewallOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return call("Action", "DescribeFirewall").get("RetCode").asInt();
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) assertThat(f.get()).isZero();
            assertThat(jdbc.sql("SELECT fw_type FROM firewall ORDER BY fw_type").query(String.class).list())
                    .containsExactly("recommend non web", "recommend web");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentHostsWithoutANetworkShareOneDefaultNetwork() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return call("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode",
                            "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                            "Disks.0.Size", "20").get("RetCode").asInt();
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) assertThat(f.get()).isZero();
            assertThat(jdbc.sql("SELECT name FROM vpc").query(String.class).list()).containsExactly("DefaultVPC");
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT subnet_id) FROM instance").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT private_ip) FROM instance").query(Integer.class).single()).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }
}
