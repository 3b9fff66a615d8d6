package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;

/**
 * Many clients leave different groups of one instance at the same moment. The instance must end with exactly one
 * group (never zero), and every request that answered success must really have removed its group.
 */
class LeaveConcurrencyTest extends ServerTestBase {
    private static final int GROUPS = 10;
    private static final int THREADS = 24;
    private static final int ROUNDS = 15;
    private static final Pattern VALUE = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

    private String call(String... kv) throws Exception {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        String q = AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, p));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/?" + q)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String xml, String name) {
        Matcher m = VALUE.matcher(xml);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }

    @Test
    void concurrentLeavesNeverLeaveAnInstanceWithoutAGroup() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> groups = new ArrayList<>();
                for (int g = 0; g < GROUPS; g++) {
                    groups.add(field(call("Action", "CreateSecurityGroup", "RegionId", REGION), "SecurityGroupId"));
                }
                String instance = field(call("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                        "InstanceType", "ecs.g6.large", "SecurityGroupId", groups.get(0)), "InstanceIdSet");
                for (String g : groups.subList(1, GROUPS)) {
                    assertThat(field(call("Action", "JoinSecurityGroup", "InstanceId", instance, "SecurityGroupId", g),
                            "Code")).isNull();
                }
                assertThat(groupsOf(instance)).hasSize(GROUPS);

                CountDownLatch start = new CountDownLatch(1);
                Map<String, String> outcomeByThread = new ConcurrentHashMap<>();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String group = groups.get(t % GROUPS);
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        String body = call("Action", "LeaveSecurityGroup", "InstanceId", instance,
                                "SecurityGroupId", group);
                        String code = field(body, "Code");
                        outcomeByThread.put(thread + ":" + group, code == null ? "OK" : code);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) f.get();

                Set<String> left = new HashSet<>();
                outcomeByThread.forEach((key, outcome) -> {
                    assertThat(outcome).as(key).isIn("OK", "InstanceLastSecurityGroup", "InstanceNotInSecurityGroup");
                    if (outcome.equals("OK")) assertThat(left.add(key.split(":")[1])).as("left twice: " + key).isTrue();
                });
                List<String> remaining = groupsOf(instance);
                assertThat(remaining).as("round %d", round).hasSize(1);
                assertThat(left).hasSize(GROUPS - 1).doesNotContainAnyElementsOf(remaining);
                Set<String> all = new HashSet<>(left);
                all.addAll(remaining);
                assertThat(all).containsExactlyInAnyOrderElementsOf(groups);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
