package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.aliyun;
import static io.cloudtwin.it.Clients.field;
import static io.cloudtwin.it.Clients.ucloud;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;

import io.cloudtwin.support.LocalPostgres;

/**
 * Two server processes share one real PostgreSQL: both migrate it at once at startup, and every rule holds across
 * them: at least one group per instance, whole-group unbinds, nonce replay, account isolation. The second process
 * runs with the environment of docker-compose.yml's cloudtwin-pg service.
 */
class PostgresMultiProcessIT {
    private static LocalPostgres pg;
    private static ServerProcess a;
    private static ServerProcess b;
    private static ExecutorService pool;

    @BeforeAll
    static void start() throws Exception {
        pg = LocalPostgres.start();
        Map<String, String> env = ComposeFile.serverEnvironment(pg);
        String limit = "--cloudtwin.limits.groups-per-instance=10";
        ExecutorService starter = Executors.newFixedThreadPool(2);
        Future<ServerProcess> fa = starter.submit(() -> ServerProcess.start("pg-a", env, limit));
        Future<ServerProcess> fb = starter.submit(() -> ServerProcess.start("pg-b", env, limit));
        a = fa.get();
        b = fb.get();
        starter.shutdown();
        pool = Executors.newFixedThreadPool(24);
    }

    @AfterAll
    static void stop() throws Exception {
        if (pool != null) pool.shutdownNow();
        if (a != null) a.close();
        if (b != null) b.close();
        if (pg != null) pg.close();
    }

    private static ServerProcess either(int n) {
        return n % 2 == 0 ? a : b;
    }

    @Test
    void bothProcessesMigratedOneSchemaOnce() throws Exception {
        var env = ComposeFile.environment("postgres");
        try (var c = DriverManager.getConnection(pg.jdbcUrl(env.get("POSTGRES_DB")), env.get("POSTGRES_USER"),
                env.get("POSTGRES_PASSWORD"));
             var rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history WHERE success")) {
            rs.next();
            long migrations;
            try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
                migrations = files.count();
            }
            assertThat(rs.getInt(1)).as("every migration once").isEqualTo(rs.getInt(2)).isEqualTo(migrations);
        }
    }

    @Test
    void theBindingTableHasOneIndexPerLookupAndNamedForeignKeys() throws Exception {
        var env = ComposeFile.environment("postgres");
        try (var c = DriverManager.getConnection(pg.jdbcUrl(env.get("POSTGRES_DB")), env.get("POSTGRES_USER"),
                env.get("POSTGRES_PASSWORD"))) {
            List<String> indexes = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'membership' ORDER BY indexname")) {
                while (rs.next()) indexes.add(rs.getString(1));
            }
            assertThat(indexes).containsExactly("membership_by_group", "membership_by_instance", "membership_pkey");
            List<String> keys = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT conname, confdeltype FROM pg_constraint "
                    + "WHERE conrelid = 'membership'::regclass AND contype = 'f' ORDER BY conname")) {
                while (rs.next()) keys.add(rs.getString(1) + ":" + rs.getString(2));
            }
            // the instance key still cascades (c), the group key still refuses (a = no action)
            assertThat(keys).containsExactly("membership_group_fk:a", "membership_instance_fk:c");
        }
    }

    @Test
    void concurrentLeavesThroughBothProcessesKeepOneGroup() throws Exception {
        for (int round = 0; round < 5; round++) {
            List<String> groups = new ArrayList<>();
            for (int g = 0; g < 10; g++) {
                groups.add(field(aliyun(either(g).baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"),
                        "SecurityGroupId"));
            }
            String instance = field(aliyun(b.baseUrl(), "Action", "RunInstances", "RegionId", "cn-hangzhou", "ImageId",
                    "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", groups.get(0)), "InstanceIdSet");
            for (int g = 1; g < 10; g++) {
                assertThat(field(aliyun(either(g).baseUrl(), "Action", "JoinSecurityGroup", "InstanceId", instance,
                        "SecurityGroupId", groups.get(g)), "Code")).isNull();
            }
            CountDownLatch go = new CountDownLatch(1);
            Map<String, String> outcomes = new ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 24; t++) {
                int thread = t;
                String group = groups.get(t % 10);
                done.add(pool.submit(() -> {
                    go.await();
                    String code = field(aliyun(either(thread).baseUrl(), "Action", "LeaveSecurityGroup", "InstanceId",
                            instance, "SecurityGroupId", group), "Code");
                    outcomes.put(thread + ":" + group, code == null ? "OK" : code);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get();
            Set<String> left = new HashSet<>();
            outcomes.forEach((k, v) -> {
                assertThat(v).as(k).isIn("OK", "InstanceLastSecurityGroup", "InstanceNotInSecurityGroup");
                if (v.equals("OK")) assertThat(left.add(k.split(":")[1])).as("left twice " + k).isTrue();
            });
            String described = aliyun(a.baseUrl(), "Action", "DescribeInstanceAttribute", "InstanceId", instance);
            List<String> remaining = new ArrayList<>(groups);
            remaining.removeAll(left);
            assertThat(left).as("round %d", round).hasSize(9);
            assertThat(remaining).hasSize(1);
            assertThat(described).contains("<SecurityGroupId>" + remaining.get(0) + "</SecurityGroupId>");
        }
    }

    @Test
    void wholeGroupUnbindsThroughBothProcessesNeverOrphanAHost() throws Exception {
        for (int round = 0; round < 5; round++) {
            String vpc = ucloud(a.baseUrl(), "Action", "CreateVPC", "Name", "v" + round, "Network.0", "10.40.0.0/16")
                    .get("VPCId").asString();
            String x = ucloud(a.baseUrl(), "Action", "CreateSecGroup", "VPCId", vpc, "Name", "x").get("SecGroupId").asString();
            String y = ucloud(b.baseUrl(), "Action", "CreateSecGroup", "VPCId", vpc, "Name", "y").get("SecGroupId").asString();
            List<String> hosts = new ArrayList<>();
            ucloud(a.baseUrl(), "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode",
                    "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                    "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", x, "SecGroupId.1.Id", y,
                    "MaxCount", "10").get("UHostIds").forEach(n -> hosts.add(n.asString()));
            CountDownLatch go = new CountDownLatch(1);
            Set<String> unboundWhole = ConcurrentHashMap.newKeySet();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    String group = thread % 2 == 0 ? x : y;
                    boolean whole = thread < 6;
                    var r = whole ? ucloud(either(thread).baseUrl(), "Action", "DisassociateSecGroup", "SecGroupId.0", group)
                            : ucloud(either(thread).baseUrl(), "Action", "DisassociateSecGroup", "SecGroupId.0", group,
                            "ResourceId.0", hosts.get(thread % hosts.size()));
                    int code = r.get("RetCode").asInt();
                    assertThat(code).as(r.toString()).isIn(0, 230);
                    if (whole && code == 0) unboundWhole.add(group);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get();
            var described = ucloud(b.baseUrl(), "Action", "DescribeResourceSecGroup", "ResourceId", String.join(",", hosts));
            for (String h : hosts) {
                var one = ucloud(a.baseUrl(), "Action", "DescribeResourceSecGroup", "ResourceId.0", h).get("DataSet").get(0);
                assertThat(one.get("Count").asInt()).as("groups of %s in round %d", h, round).isPositive();
                for (String g : unboundWhole) assertThat(one.toString()).doesNotContain(g);
            }
            assertThat(described.get("RetCode").asInt()).isZero();
            assertThat(unboundWhole).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aNonceUsedOnOneProcessIsRefusedByTheOther() throws Exception {
        Map<String, String> signed = AliyunV1Signer.sign("GET", Clients.AK, Clients.SECRET,
                Clients.params("Action", "DescribeInstances", "RegionId", "cn-hangzhou"));
        assertThat(field(Clients.aliyunSigned(a.baseUrl(), signed), "Code")).isNull();
        assertThat(field(Clients.aliyunSigned(b.baseUrl(), signed), "Code")).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void whatOneProcessCreatesTheOtherSeesAndAnotherAccountDoesNot() throws Exception {
        String g = field(aliyun(a.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-qingdao"), "SecurityGroupId");
        assertThat(aliyun(b.baseUrl(), "Action", "DescribeSecurityGroups", "RegionId", "cn-qingdao")).contains(g);
        Map<String, String> other = AliyunV1Signer.sign("GET", "nobody", "x",
                Clients.params("Action", "DescribeSecurityGroups", "RegionId", "cn-qingdao"));
        assertThat(field(Clients.aliyunSigned(b.baseUrl(), other), "Code")).isEqualTo("InvalidAccessKeyId.NotFound");
    }
}
