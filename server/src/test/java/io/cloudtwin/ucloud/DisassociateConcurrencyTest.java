package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Hosts bound to two groups X and Y; at the same moment, requests unbind all of X, all of Y, and single pairs
 * (X, host) or (Y, host), none with Force. No host may end with zero groups, and a whole-group unbind that answered
 * success must have left that group with no host at all.
 */
class DisassociateConcurrencyTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HOSTS = 12;
    private static final int ROUNDS = 10;
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

    @Test
    void parallelDisassociatesNeverLeaveAHostWithoutAGroup() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String vpc = call("Action", "CreateVPC", "Name", "v" + round, "Network.0", "10.40.0.0/16")
                        .get("VPCId").asString();
                String x = call("Action", "CreateSecGroup", "VPCId", vpc, "Name", "x").get("SecGroupId").asString();
                String y = call("Action", "CreateSecGroup", "VPCId", vpc, "Name", "y").get("SecGroupId").asString();
                List<String> hosts = new ArrayList<>();
                JsonNode created = call("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                        "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type",
                        "CLOUD_SSD", "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", x,
                        "SecGroupId.1.Id", y, "MaxCount", String.valueOf(HOSTS));
                created.get("UHostIds").forEach(n -> hosts.add(n.asString()));
                assertThat(hosts).hasSize(HOSTS);

                List<String[]> requests = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    requests.add(new String[] {"SecGroupId", x});
                    requests.add(new String[] {"SecGroupId", y});
                }
                for (int h = 0; h < HOSTS; h++) {
                    requests.add(new String[] {"SecGroupId", h % 2 == 0 ? x : y, "ResourceId", hosts.get(h)});
                }
                java.util.Collections.shuffle(requests);

                CountDownLatch start = new CountDownLatch(1);
                Map<Integer, Integer> retCodes = new ConcurrentHashMap<>();
                Set<String> wholeGroupsUnbound = ConcurrentHashMap.newKeySet();
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    String[] q = requests.get(i);
                    int n = i;
                    done.add(pool.submit(() -> {
                        start.await();
                        List<String> kv = new ArrayList<>(List.of("Action", "DisassociateSecGroup"));
                        kv.add(q[0] + ".0");
                        kv.add(q[1]);
                        if (q.length > 2) {
                            kv.add(q[2] + ".0");
                            kv.add(q[3]);
                        }
                        int code = call(kv.toArray(String[]::new)).get("RetCode").asInt();
                        retCodes.put(n, code);
                        if (code == 0 && q.length == 2) wholeGroupsUnbound.add(q[1]);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) f.get();

                assertThat(retCodes.values()).as("round %d", round).allMatch(c -> c == 0 || c == 230);
                for (String h : hosts) assertThat(groupsOf(h)).as("groups of %s, round %d", h, round).isNotEmpty();
                for (String g : wholeGroupsUnbound) {
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM membership WHERE group_id = :g").param("g", g)
                            .query(Integer.class).single()).as("members left in %s", g).isZero();
                }
                // at most one of the two whole-group unbinds can win
                assertThat(wholeGroupsUnbound).hasSizeLessThanOrEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
