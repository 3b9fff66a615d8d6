package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.support.ServerTestBase;

/**
 * The binding rules below the dialects, with every kind of unbind racing on the same hosts in one scope: single
 * leaves, whole-group unbinds, unbinds of every group of a host, and single pairs, none forced. The dialects never
 * mix these on one host (each cloud has its own), but the core must hold its rule whoever calls it: no host ends
 * with zero groups, a whole-group unbind that succeeded left its group empty, and every refusal is the
 * last-group or not-in-group rule, never a lock timeout or deadlock.
 */
class BindingRaceTest extends ServerTestBase {
    private static final Scope SCOPE = Scope.of(Cloud.ALIYUN, "1000000000000001", REGION);
    private static final int HOSTS = 8;
    private static final int GROUPS = 3;
    private static final int ROUNDS = 100;

    @Autowired
    BindingService bindings;

    @Test
    void everyKindOfUnbindAtOnceNeverLeavesAHostWithoutAGroup() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> groups = new ArrayList<>();
                for (int g = 0; g < GROUPS; g++) groups.add(insertGroup("sg-race" + round + "g" + g));
                List<String> hosts = new ArrayList<>();
                for (int h = 0; h < HOSTS; h++) hosts.add(insertHost("i-race" + round + "h" + h, groups));

                List<Runnable> calls = new ArrayList<>();
                Set<String> emptied = ConcurrentHashMap.newKeySet();
                for (String g : groups) {
                    calls.add(() -> {
                        bindings.disassociate(SCOPE, List.of(g), List.of(), false);
                        emptied.add(g);
                    });
                }
                for (int h = 0; h < HOSTS; h++) {
                    String host = hosts.get(h);
                    for (String g : groups) calls.add(() -> bindings.leave(SCOPE, host, g));
                    String g = groups.get(h % GROUPS);
                    calls.add(() -> bindings.disassociate(SCOPE, List.of(g), List.of(host), false));
                    calls.add(() -> bindings.disassociate(SCOPE, List.of(), List.of(host), false));
                }
                Collections.shuffle(calls);

                CountDownLatch start = new CountDownLatch(1);
                Map<String, Integer> refusals = new ConcurrentHashMap<>();
                List<Future<?>> done = new ArrayList<>();
                for (Runnable call : calls) {
                    done.add(pool.submit(() -> {
                        start.await();
                        try {
                            call.run();
                        } catch (DomainException e) {
                            refusals.merge(e.error().name(), 1, Integer::sum);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) f.get(); // anything but a DomainException (a lock timeout, say) fails here

                assertThat(refusals.keySet()).as("round %d", round)
                        .isSubsetOf(DomainError.LAST_GROUP.name(), DomainError.NOT_IN_GROUP.name());
                for (String h : hosts) {
                    assertThat(count("SELECT COUNT(*) FROM membership WHERE instance_id = :x", h))
                            .as("groups of %s, round %d", h, round).isPositive();
                }
                for (String g : emptied) {
                    assertThat(count("SELECT COUNT(*) FROM membership WHERE group_id = :x", g))
                            .as("members left in %s, round %d", g, round).isZero();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql, String x) {
        return jdbc.sql(sql).param("x", x).query(Integer.class).single();
    }

    private String insertGroup(String id) {
        jdbc.sql("INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                        + "VALUES (:id, 'aliyun', :a, :r, CURRENT_TIMESTAMP)")
                .param("id", id).param("a", SCOPE.accountId()).param("r", SCOPE.region()).update();
        return id;
    }

    private String insertHost(String id, List<String> groups) {
        jdbc.sql("INSERT INTO instance (id, cloud, account_id, region, status, created_at) "
                        + "VALUES (:id, 'aliyun', :a, :r, 'RUNNING', CURRENT_TIMESTAMP)")
                .param("id", id).param("a", SCOPE.accountId()).param("r", SCOPE.region()).update();
        for (String g : groups) {
            jdbc.sql("INSERT INTO membership (instance_id, group_id, created_at) VALUES (:i, :g, CURRENT_TIMESTAMP)")
                    .param("i", id).param("g", g).update();
        }
        return id;
    }
}
