package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.aliyun;
import static io.cloudtwin.it.Clients.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.LocalPostgres;

/**
 * The Aliyun tutorial stack's races on PostgreSQL, through two server processes sharing it: one EIP associated with
 * two instances, one disk attached to two instances, two route entries for one destination, two listeners on one
 * port of a load balancer, a NAT gateway deleted while a route entry to it is made. In each, the two requests go to different processes at once, exactly one wins and the
 * other gets the cloud's refusal (never an internal error), and both processes then read the same winner: the rules
 * hold in the database transaction, not in one process's memory.
 */
class AliyunStackPostgresIT {
    private static final String VPC = "2016-04-28";
    private static final String SLB = "2014-05-15";
    private static final int ROUNDS = 5;
    private static LocalPostgres pg;
    private static ServerProcess a;
    private static ServerProcess b;
    private static ExecutorService pool;
    private static String vpcId;
    private static String vSwitchId;
    private static String groupId;
    private static String routeTableId;

    @BeforeAll
    static void start() throws Exception {
        pg = LocalPostgres.start();
        Map<String, String> env = ComposeFile.serverEnvironment(pg);
        a = ServerProcess.start("pg-aliyun-a", env);
        b = ServerProcess.start("pg-aliyun-b", env);
        pool = Executors.newFixedThreadPool(4);
        String vpc = ok(aliyun(a.baseUrl(), "Action", "CreateVpc", "Version", VPC, "RegionId", "cn-hangzhou",
                "CidrBlock", "10.40.0.0/16"));
        vpcId = field(vpc, "VpcId");
        routeTableId = field(vpc, "RouteTableId");
        vSwitchId = field(ok(aliyun(b.baseUrl(), "Action", "CreateVSwitch", "Version", VPC, "RegionId", "cn-hangzhou",
                "VpcId", vpcId, "ZoneId", "cn-hangzhou-h", "CidrBlock", "10.40.1.0/24")), "VSwitchId");
        groupId = field(ok(aliyun(a.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou", "VpcId",
                vpcId)), "SecurityGroupId");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pool != null) pool.shutdownNow();
        if (a != null) a.close();
        if (b != null) b.close();
        if (pg != null) pg.close();
    }

    @Test
    void oneEipAssociatedWithTwoInstancesGoesToOne() throws Exception {
        String one = instance(a);
        String two = instance(b);
        for (int round = 0; round < ROUNDS; round++) {
            String eip = field(ok(aliyun(a.baseUrl(), "Action", "AllocateEipAddress", "Version", VPC, "RegionId",
                    "cn-hangzhou")), "AllocationId");
            String winner = race(Set.of("IncorrectEipStatus", "InvalidAssociation.Duplicated"),
                    () -> aliyun(a.baseUrl(), "Action", "AssociateEipAddress", "Version", VPC, "RegionId", "cn-hangzhou",
                            "AllocationId", eip, "InstanceId", one), one,
                    () -> aliyun(b.baseUrl(), "Action", "AssociateEipAddress", "Version", VPC, "RegionId", "cn-hangzhou",
                            "AllocationId", eip, "InstanceId", two), two);
            for (ServerProcess p : List.of(a, b)) {
                String seen = ok(aliyun(p.baseUrl(), "Action", "DescribeEipAddresses", "Version", VPC, "RegionId",
                        "cn-hangzhou", "AllocationId", eip));
                assertThat(field(seen, "InstanceId")).isEqualTo(winner);
                assertThat(field(seen, "Status")).isEqualTo("InUse");
            }
            ok(aliyun(b.baseUrl(), "Action", "UnassociateEipAddress", "Version", VPC, "RegionId", "cn-hangzhou",
                    "AllocationId", eip, "InstanceId", winner));
            ok(aliyun(a.baseUrl(), "Action", "ReleaseEipAddress", "Version", VPC, "RegionId", "cn-hangzhou",
                    "AllocationId", eip));
        }
    }

    @Test
    void oneDiskAttachedToTwoInstancesGoesToOne() throws Exception {
        String one = instance(a);
        String two = instance(b);
        for (int round = 0; round < ROUNDS; round++) {
            String disk = field(ok(aliyun(b.baseUrl(), "Action", "CreateDisk", "RegionId", "cn-hangzhou", "ZoneId",
                    "cn-hangzhou-h", "DiskCategory", "cloud_essd", "Size", "20")), "DiskId");
            String winner = race(Set.of("IncorrectDiskStatus", "DiskId.StatusNotSupported", "InvalidDisk.InUse"),
                    () -> aliyun(a.baseUrl(), "Action", "AttachDisk", "DiskId", disk, "InstanceId", one), one,
                    () -> aliyun(b.baseUrl(), "Action", "AttachDisk", "DiskId", disk, "InstanceId", two), two);
            for (ServerProcess p : List.of(a, b)) {
                String seen = ok(aliyun(p.baseUrl(), "Action", "DescribeDisks", "RegionId", "cn-hangzhou", "DiskIds",
                        "[\"" + disk + "\"]"));
                assertThat(field(seen, "InstanceId")).isEqualTo(winner);
                assertThat(field(seen, "Status")).isEqualTo("In_use");
            }
            ok(aliyun(a.baseUrl(), "Action", "DetachDisk", "DiskId", disk, "InstanceId", winner));
            ok(aliyun(b.baseUrl(), "Action", "DeleteDisk", "DiskId", disk));
        }
    }

    @Test
    void twoRouteEntriesForOneDestinationLeaveOne() throws Exception {
        String one = instance(a);
        String two = instance(b);
        for (int round = 0; round < ROUNDS; round++) {
            String destination = "192.168." + round + ".0/24";
            String winner = race(Set.of("InvalidCIDRBlock.Duplicate", "InvalidRouteEntry.Duplicate"),
                    () -> aliyun(a.baseUrl(), "Action", "CreateRouteEntry", "Version", VPC, "RegionId", "cn-hangzhou",
                            "RouteTableId", routeTableId, "DestinationCidrBlock", destination, "NextHopType", "Instance",
                            "NextHopId", one), one,
                    () -> aliyun(b.baseUrl(), "Action", "CreateRouteEntry", "Version", VPC, "RegionId", "cn-hangzhou",
                            "RouteTableId", routeTableId, "DestinationCidrBlock", destination, "NextHopType", "Instance",
                            "NextHopId", two), two);
            for (ServerProcess p : List.of(a, b)) {
                String seen = ok(aliyun(p.baseUrl(), "Action", "DescribeRouteEntryList", "Version", VPC, "RegionId",
                        "cn-hangzhou", "RouteTableId", routeTableId, "DestinationCidrBlock", destination));
                assertThat(count(seen, "<RouteEntryId>")).isEqualTo(1);
                assertThat(field(seen, "NextHopId")).isEqualTo(winner);
            }
        }
    }

    @Test
    void twoListenersOnOnePortLeaveOne() throws Exception {
        String lb = field(ok(aliyun(a.baseUrl(), "Action", "CreateLoadBalancer", "Version", SLB, "RegionId", "cn-hangzhou",
                "VpcId", vpcId, "VSwitchId", vSwitchId, "LoadBalancerSpec", "slb.s1.small")), "LoadBalancerId");
        for (int round = 0; round < ROUNDS; round++) {
            String port = String.valueOf(8000 + round);
            String winner = race(Set.of("InvalidParameter.ListenerPortConflict", "ListenerPortConflict"),
                    () -> aliyun(a.baseUrl(), "Action", "CreateLoadBalancerTCPListener", "Version", SLB, "RegionId",
                            "cn-hangzhou", "LoadBalancerId", lb, "ListenerPort", port, "BackendServerPort", "80",
                            "Bandwidth", "-1"), "tcp",
                    () -> aliyun(b.baseUrl(), "Action", "CreateLoadBalancerHTTPListener", "Version", SLB, "RegionId",
                            "cn-hangzhou", "LoadBalancerId", lb, "ListenerPort", port, "BackendServerPort", "80",
                            "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off"), "http");
            for (ServerProcess p : List.of(a, b)) {
                String tcp = aliyun(p.baseUrl(), "Action", "DescribeLoadBalancerTCPListenerAttribute", "Version", SLB,
                        "RegionId", "cn-hangzhou", "LoadBalancerId", lb, "ListenerPort", port);
                String http = aliyun(p.baseUrl(), "Action", "DescribeLoadBalancerHTTPListenerAttribute", "Version", SLB,
                        "RegionId", "cn-hangzhou", "LoadBalancerId", lb, "ListenerPort", port);
                assertThat(field(tcp, "Code") == null).as(tcp).isEqualTo(winner.equals("tcp"));
                assertThat(field(http, "Code") == null).as(http).isEqualTo(winner.equals("http"));
            }
        }
    }

    @Test
    void aNatGatewayDeletedWhileARouteEntryToItIsMadeNeverBothWin() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String nat = field(ok(aliyun(b.baseUrl(), "Action", "CreateNatGateway", "Version", VPC, "RegionId",
                    "cn-hangzhou", "VpcId", vpcId, "VSwitchId", vSwitchId, "NatType", "Enhanced")), "NatGatewayId");
            String destination = "172.16." + round + ".0/24";
            String winner = race(Set.of("DependencyViolation.RouterEntry", "InvalidNextHopId.NotFound",
                            "InvalidNextHop.NotFound", "ResourceNotFound.NatGateway", "InvalidNatGatewayId.NotFound"),
                    () -> aliyun(a.baseUrl(), "Action", "CreateRouteEntry", "Version", VPC, "RegionId", "cn-hangzhou",
                            "RouteTableId", routeTableId, "DestinationCidrBlock", destination, "NextHopType", "NatGateway",
                            "NextHopId", nat), "entry",
                    () -> aliyun(b.baseUrl(), "Action", "DeleteNatGateway", "Version", VPC, "RegionId", "cn-hangzhou",
                            "NatGatewayId", nat), "delete");
            for (ServerProcess p : List.of(a, b)) {
                String entries = ok(aliyun(p.baseUrl(), "Action", "DescribeRouteEntryList", "Version", VPC, "RegionId",
                        "cn-hangzhou", "RouteTableId", routeTableId, "DestinationCidrBlock", destination));
                String gateways = ok(aliyun(p.baseUrl(), "Action", "DescribeNatGateways", "Version", VPC, "RegionId",
                        "cn-hangzhou", "NatGatewayId", nat));
                assertThat(count(entries, "<RouteEntryId>")).as("the entry stands exactly when it won")
                        .isEqualTo(winner.equals("entry") ? 1 : 0);
                assertThat(count(gateways, "<NatGatewayId>")).as("the gateway stands exactly when the entry won")
                        .isEqualTo(winner.equals("entry") ? 1 : 0);
            }
            if (winner.equals("entry")) {
                ok(aliyun(a.baseUrl(), "Action", "DeleteRouteEntry", "Version", VPC, "RegionId", "cn-hangzhou",
                        "RouteTableId", routeTableId, "DestinationCidrBlock", destination, "NextHopId", nat));
                ok(aliyun(b.baseUrl(), "Action", "DeleteNatGateway", "Version", VPC, "RegionId", "cn-hangzhou",
                        "NatGatewayId", nat));
            }
        }
    }

    /** An instance of the stack's vSwitch and group, created through the given process. */
    private static String instance(ServerProcess p) throws Exception {
        String id = field(ok(aliyun(p.baseUrl(), "Action", "RunInstances", "RegionId", "cn-hangzhou", "ImageId",
                "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", groupId,
                "VSwitchId", vSwitchId)), "InstanceIdSet");
        assertThat(id).startsWith("i-");
        return id;
    }

    /**
     * Sends both requests at once; exactly one must succeed and the other be refused with one of the codes the
     * cloud refuses the conflict with (not a status error of something else). Returns the winner's name.
     */
    private static String race(Set<String> loserCodes, Callable<String> first, String firstName,
            Callable<String> second, String secondName) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (Callable<String> c : List.of(first, second)) {
            answers.add(pool.submit(() -> {
                go.await();
                return c.call();
            }));
        }
        go.countDown();
        String one = answers.get(0).get();
        String two = answers.get(1).get();
        for (String answer : List.of(one, two)) {
            assertThat(answer).doesNotContain("InternalError").doesNotContain("ServiceUnavailable");
        }
        assertThat((field(one, "Code") == null ? 1 : 0) + (field(two, "Code") == null ? 1 : 0))
                .as("exactly one wins:\n%s\n%s", one, two).isEqualTo(1);
        String loser = field(one, "Code") == null ? two : one;
        assertThat(field(loser, "Code")).as(loser).isIn(loserCodes);
        return field(one, "Code") == null ? firstName : secondName;
    }

    private static String ok(String xml) {
        assertThat(field(xml, "Code")).as(xml).isNull();
        return xml;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }
}
