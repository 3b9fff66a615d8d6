package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.ucloud;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.cloudtwin.support.LocalPostgres;

/**
 * UCloud VPCs, subnets and firewalls on PostgreSQL, through two server processes sharing it: concurrent first calls
 * in both make one default network and one pair of recommended firewalls, and GrantFirewall racing DeleteFirewall
 * across the processes never lets both win, nor two BindEIP of one EIP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UcloudNetworkPostgresIT {
    private static LocalPostgres pg;
    private static ServerProcess a;
    private static ServerProcess b;
    private static ExecutorService pool;

    @BeforeAll
    static void start() throws Exception {
        pg = LocalPostgres.start();
        Map<String, String> env = ComposeFile.serverEnvironment(pg);
        a = ServerProcess.start("pg-net-a", env);
        b = ServerProcess.start("pg-net-b", env);
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterAll
    static void stop() throws Exception {
        if (pool != null) pool.shutdownNow();
        if (a != null) a.close();
        if (b != null) b.close();
        if (pg != null) pg.close();
    }

    private static String url(int n) {
        return (n % 2 == 0 ? a : b).baseUrl();
    }

    private static final String[] HOST = {"Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
            "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
            "Disks.0.Size", "20"};

    @Test
    @Order(1) // it counts the VPCs: before the next test makes its own
    void networksAndFirewallsHoldAcrossTwoProcesses() throws Exception {
        // concurrent first host creations in both processes: one DefaultVPC, one pair of recommended firewalls
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            created.add(pool.submit(() -> {
                go.await();
                var r = ucloud(url(n), HOST);
                assertThat(r.get("RetCode").asInt()).as(r.toString()).isZero();
                return r.get("UHostIds").get(0).asString();
            }));
        }
        go.countDown();
        List<String> hosts = new ArrayList<>();
        for (Future<String> f : created) hosts.add(f.get());
        var vpcs = ucloud(a.baseUrl(), "Action", "DescribeVPC");
        assertThat(vpcs.get("DataSet")).hasSize(1);
        assertThat(vpcs.get("DataSet").get(0).get("Name").asString()).isEqualTo("DefaultVPC");
        var firewalls = ucloud(b.baseUrl(), "Action", "DescribeFirewall").get("DataSet");
        assertThat(firewalls).hasSize(2);
        assertThat(firewalls.get(0).get("ResourceCount").asInt()).isEqualTo(8);
        String recommended = firewalls.get(0).get("FWId").asString();

        // a VPC and subnet of our own, then GrantFirewall vs DeleteFirewall across the processes
        String vpc = ucloud(a.baseUrl(), "Action", "CreateVPC", "Name", "pg", "Network.0", "172.16.0.0/16")
                .get("VPCId").asString();
        String subnet = ucloud(b.baseUrl(), "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "172.16.5.0")
                .get("SubnetId").asString();
        for (int round = 0; round < 6; round++) {
            String fw = ucloud(url(round), "Action", "CreateFirewall", "Name", "race-" + round, "Rule.0",
                    "TCP|22|0.0.0.0/0|ACCEPT|HIGH").get("FWId").asString();
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Integer> codes = new ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            done.add(pool.submit(() -> {
                start.await();
                codes.put("delete", ucloud(a.baseUrl(), "Action", "DeleteFirewall", "FWId", fw).get("RetCode").asInt());
                return null;
            }));
            for (int h = 0; h < hosts.size(); h++) {
                String host = hosts.get(h);
                int n = h;
                done.add(pool.submit(() -> {
                    start.await();
                    codes.put(host, ucloud(url(n + 1), "Action", "GrantFirewall", "FWId", fw, "ResourceType", "uhost",
                            "ResourceId", host).get("RetCode").asInt());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get();
            long grants = hosts.stream().filter(h -> codes.get(h) == 0).count();
            if (codes.get("delete") == 0) {
                assertThat(grants).as("round %d: no grant may win after the deletion", round).isZero();
            } else {
                assertThat(codes.get("delete")).isEqualTo(4361);
                assertThat(grants).isPositive();
                for (String h : hosts) {
                    assertThat(ucloud(url(round), "Action", "GrantFirewall", "FWId", recommended, "ResourceType",
                            "uhost", "ResourceId", h).get("RetCode").asInt()).isZero();
                }
                assertThat(ucloud(b.baseUrl(), "Action", "DeleteFirewall", "FWId", fw).get("RetCode").asInt()).isZero();
            }
            for (String h : hosts) {
                var of = ucloud(url(round + 1), "Action", "DescribeFirewall", "ResourceType", "uhost", "ResourceId", h);
                assertThat(of.get("DataSet")).as("host %s keeps one firewall", h).hasSize(1);
            }
        }
        // hosts in the subnet get distinct addresses from both processes
        CountDownLatch go2 = new CountDownLatch(1);
        List<Future<String>> ips = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            ips.add(pool.submit(() -> {
                go2.await();
                List<String> kv = new ArrayList<>(List.of(HOST));
                kv.addAll(List.of("SubnetId", subnet));
                var r = ucloud(url(n), kv.toArray(String[]::new));
                assertThat(r.get("RetCode").asInt()).as(r.toString()).isZero();
                return r.get("IPs").get(0).asString();
            }));
        }
        go2.countDown();
        List<String> addresses = new ArrayList<>();
        for (Future<String> f : ips) addresses.add(f.get());
        assertThat(addresses).doesNotHaveDuplicates().allMatch(ip -> ip.startsWith("172.16.5."));
        assertThat(ucloud(a.baseUrl(), "Action", "DeleteVPC", "VPCId", vpc).get("RetCode").asInt()).isEqualTo(230);
    }

    /**
     * The binding and listing statements as PostgreSQL runs them, from two processes: AssociateSecGroup's MERGE (a new
     * binding, then a priority change), DisassociateSecGroup by group, and DescribeUHostInstance pages that seek through
     * the scope's listing runs while hosts are created in both processes.
     */
    @Test
    @Order(2)
    void bindingsAndListingPagesHoldAcrossTwoProcesses() throws Exception {
        String vpc = ucloud(a.baseUrl(), "Action", "CreateVPC", "Name", "bind", "Network.0", "172.20.0.0/16")
                .get("VPCId").asString();
        String subnet = ucloud(b.baseUrl(), "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "172.20.1.0")
                .get("SubnetId").asString();
        String g1 = ucloud(a.baseUrl(), "Action", "CreateSecGroup", "VPCID", vpc, "Name", "one").get("SecGroupId").asString();
        String g2 = ucloud(b.baseUrl(), "Action", "CreateSecGroup", "VPCID", vpc, "Name", "two").get("SecGroupId").asString();
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            created.add(pool.submit(() -> {
                List<String> kv = new ArrayList<>(List.of(HOST));
                kv.addAll(List.of("VPCId", vpc, "SubnetId", subnet, "SecurityMode", "SecGroup", "SecGroupId.0.Id", g1,
                        "SecGroupId.0.Priority", "1"));
                var r = ucloud(url(n), kv.toArray(String[]::new));
                assertThat(r.get("RetCode").asInt()).as(r.toString()).isZero();
                return r.get("UHostIds").get(0).asString();
            }));
        }
        List<String> hosts = new ArrayList<>();
        for (Future<String> f : created) hosts.add(f.get());
        for (int priority : new int[] {2, 3}) {
            List<Future<Integer>> bound = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                String host = hosts.get(i);
                int n = i;
                bound.add(pool.submit(() -> ucloud(url(n), "Action", "AssociateSecGroup", "ResourceId.0", host,
                        "PrioritySecGroup.0.SecGroupId", g2, "PrioritySecGroup.0.Priority", String.valueOf(priority))
                        .get("RetCode").asInt()));
            }
            for (Future<Integer> f : bound) assertThat(f.get()).isZero();
        }
        var groups = ucloud(b.baseUrl(), "Action", "DescribeResourceSecGroup", "ResourceType", "uhost",
                "ResourceId.0", hosts.get(0)).get("DataSet").get(0).get("SecGroupInfo");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1).get("SecGroupId").asString()).isEqualTo(g2);
        assertThat(groups.get(1).get("Priority").asInt()).as("the second associate changed the priority").isEqualTo(3);
        assertThat(ucloud(a.baseUrl(), "Action", "DisassociateSecGroup", "SecGroupId.0", g2).get("RetCode").asInt())
                .isZero();
        assertThat(ucloud(b.baseUrl(), "Action", "DescribeSecGroupResource", "SecGroupId", g2).get("DataSet")).isEmpty();

        int total = ucloud(a.baseUrl(), "Action", "DescribeUHostInstance").get("TotalCount").asInt();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int offset = 0; offset < total; offset += 5) {
            var page = ucloud(url(offset / 5), "Action", "DescribeUHostInstance", "Offset", String.valueOf(offset),
                    "Limit", "5");
            assertThat(page.get("TotalCount").asInt()).isEqualTo(total);
            page.get("UHostSet").forEach(h -> assertThat(seen.add(h.get("UHostId").asString())).isTrue());
        }
        assertThat(seen).hasSize(total).containsAll(hosts);
    }

    /**
     * One EIP bound to two hosts through the two processes at once (BindEIP in a, BindEIP in b): exactly one wins, the
     * other is refused as UNet refuses an EIP in use (4212), and DescribeEIP in either process names the winner. The
     * EIP's row lock and its conditional UPDATE hold across processes, not only across threads of one.
     */
    @Test
    @Order(3)
    void oneEipBoundToTwoHostsThroughTwoProcessesGoesToOne() throws Exception {
        String one = ucloud(a.baseUrl(), HOST).get("UHostIds").get(0).asString();
        String two = ucloud(b.baseUrl(), HOST).get("UHostIds").get(0).asString();
        for (int round = 0; round < 8; round++) {
            var made = ucloud(url(round), "Action", "AllocateEIP", "OperatorName", "BGP", "Bandwidth", "2");
            assertThat(made.get("RetCode").asInt()).as(made.toString()).isZero();
            String eip = made.get("EIPSet").get(0).get("EIPId").asString();
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> viaA = pool.submit(() -> {
                go.await();
                return ucloud(a.baseUrl(), "Action", "BindEIP", "EIPId", eip, "ResourceType", "uhost", "ResourceId", one)
                        .get("RetCode").asInt();
            });
            Future<Integer> viaB = pool.submit(() -> {
                go.await();
                return ucloud(b.baseUrl(), "Action", "BindEIP", "EIPId", eip, "ResourceType", "uhost", "ResourceId", two)
                        .get("RetCode").asInt();
            });
            go.countDown();
            int codeA = viaA.get();
            int codeB = viaB.get();
            assertThat(List.of(codeA, codeB)).as("round %d", round).containsExactlyInAnyOrder(0, 4212);
            String winner = codeA == 0 ? one : two;
            for (ServerProcess p : List.of(a, b)) {
                var seen = ucloud(p.baseUrl(), "Action", "DescribeEIP", "EIPIds.0", eip).get("EIPSet").get(0);
                assertThat(seen.get("Status").asString()).isEqualTo("used");
                assertThat(seen.get("Resource").get("ResourceID").asString()).isEqualTo(winner);
            }
            // free both hosts again for the next round
            assertThat(ucloud(url(round + 1), "Action", "UnBindEIP", "EIPId", eip, "ResourceType", "uhost",
                    "ResourceId", winner).get("RetCode").asInt()).isZero();
            assertThat(ucloud(url(round), "Action", "ReleaseEIP", "EIPId", eip).get("RetCode").asInt()).isZero();
        }
    }
}
