package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.admin.StateService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.support.ServerTestBase;

/** VPCs, subnets and private addresses below the dialects: placement rules, deletion while in use, allocation races. */
class NetworkServiceTest extends ServerTestBase {
    private static final Scope ALIYUN = Scope.of(Cloud.ALIYUN, "1000000000000001", REGION);
    private static final Scope UCLOUD = new Scope(Cloud.UCLOUD, "1000000000000001", "cn-bj2", "org-default");

    @Autowired
    NetworkService networks;
    @Autowired
    InstanceService instances;
    @Autowired
    StateService state;

    private static InstanceService.NewInstance host(String subnetId, String ip) {
        return new InstanceService.NewInstance("", "h", "", "aliyun_3_x64_20G_alibase_20240819.vhd", "ecs.g6.large", "", 2, 8192, InstanceStatus.RUNNING,
                List.of(), "", subnetId, ip);
    }

    private static DomainError errorOf(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.error();
        }
        return null;
    }

    @Test
    void subnetsStayInsideTheirVpcAndApart() {
        Vpc vpc = networks.createVpc(ALIYUN, new NetworkService.NewVpc("v", "", List.of("192.168.0.0/16"), ""));
        assertThat(vpc.id()).matches("vpc-[a-z0-9]{20}");
        Subnet s = networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "cn-hangzhou-h", "s", "",
                "192.168.1.0/24", ""));
        assertThat(s.id()).matches("vsw-[a-z0-9]{20}");
        assertThat(networks.availableAddresses(s)).isEqualTo(252);

        assertThat(errorOf(() -> networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "", "", "",
                "10.0.0.0/24", "")))).isEqualTo(DomainError.INVALID_CIDR);
        assertThat(errorOf(() -> networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "", "", "",
                "192.168.1.128/25", "")))).isEqualTo(DomainError.CIDR_CONFLICT);
        assertThat(errorOf(() -> networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "", "", "",
                "192.168.1.0/33", "")))).isEqualTo(DomainError.INVALID_CIDR);
        assertThat(errorOf(() -> networks.createSubnet(ALIYUN, new NetworkService.NewSubnet("vpc-nope", "", "", "",
                "192.168.2.0/24", "")))).isEqualTo(DomainError.VPC_NOT_FOUND);
        assertThat(errorOf(() -> networks.createVpc(ALIYUN, new NetworkService.NewVpc("", "",
                List.of("10.0.0.0/8", "10.1.0.0/16"), "")))).isEqualTo(DomainError.CIDR_CONFLICT);
        // another account does not see the VPC
        Scope other = Scope.of(Cloud.ALIYUN, "2000000000000002", REGION);
        assertThat(errorOf(() -> networks.vpc(other, vpc.id()))).isEqualTo(DomainError.VPC_NOT_FOUND);
        assertThat(errorOf(() -> networks.subnet(other, s.id()))).isEqualTo(DomainError.SUBNET_NOT_FOUND);
    }

    @Test
    void instancesTakeTheLowestFreeAddressAndGiveItBack() {
        Vpc vpc = networks.createVpc(ALIYUN, new NetworkService.NewVpc("", "", List.of("10.0.0.0/8"), ""));
        Subnet s = networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "cn-hangzhou-h", "", "",
                "10.1.0.0/24", ""));
        List<Instance> two = instances.create(ALIYUN, host(s.id(), null), 2);
        assertThat(two).extracting(Instance::privateIp).containsExactly("10.1.0.1", "10.1.0.2");
        assertThat(two).allSatisfy(i -> {
            assertThat(i.subnetId()).isEqualTo(s.id());
            assertThat(i.vpcId()).isEqualTo(vpc.id());
            assertThat(i.zone()).isEqualTo("cn-hangzhou-h");
        });
        Instance fixed = instances.create(ALIYUN, host(s.id(), "10.1.0.9"), 1).get(0);
        assertThat(instances.get(ALIYUN, fixed.id()).privateIp()).isEqualTo("10.1.0.9");
        assertThat(errorOf(() -> instances.create(ALIYUN, host(s.id(), "10.1.0.9"), 1)))
                .isEqualTo(DomainError.ADDRESS_IN_USE);
        assertThat(errorOf(() -> instances.create(ALIYUN, host(s.id(), "10.1.0.255"), 1)))
                .as("the last three addresses of a vSwitch are reserved").isEqualTo(DomainError.INVALID_ADDRESS);
        assertThat(errorOf(() -> instances.create(ALIYUN, host(s.id(), "10.2.0.4"), 1)))
                .isEqualTo(DomainError.INVALID_ADDRESS);
        assertThat(errorOf(() -> instances.create(ALIYUN, host(s.id(), "10.1.0.20"), 2)))
                .isEqualTo(DomainError.INVALID_ADDRESS);
        assertThat(networks.availableAddresses(s)).isEqualTo(252 - 3);
        assertThat(instances.list(ALIYUN, new InstanceFilter(null, null, null, null, null, null, vpc.id(), s.id()),
                0, 10).total()).isEqualTo(3);

        assertThat(errorOf(() -> networks.deleteSubnet(ALIYUN, s.id()))).isEqualTo(DomainError.SUBNET_IN_USE);
        assertThat(errorOf(() -> networks.deleteVpc(ALIYUN, vpc.id()))).isEqualTo(DomainError.VPC_IN_USE);

        instances.delete(ALIYUN, two.get(0).id(), true);
        Instance again = instances.create(ALIYUN, host(s.id(), null), 1).get(0);
        assertThat(again.privateIp()).as("a freed address is given out again").isEqualTo("10.1.0.1");

        for (Instance i : List.of(two.get(1), fixed, again)) instances.delete(ALIYUN, i.id(), true);
        networks.deleteSubnet(ALIYUN, s.id());
        networks.deleteVpc(ALIYUN, vpc.id());
        assertThat(errorOf(() -> networks.vpc(ALIYUN, vpc.id()))).isEqualTo(DomainError.VPC_NOT_FOUND);
    }

    @Test
    void ucloudSubnetsKeepTheirGatewayAddress() {
        Vpc vpc = networks.createVpc(UCLOUD, new NetworkService.NewVpc("", "", List.of("10.9.0.0/16"), ""));
        assertThat(vpc.id()).matches("uvnet-[a-z0-9]{8}");
        Subnet s = networks.createSubnet(UCLOUD, new NetworkService.NewSubnet(vpc.id(), "", "", "", "10.9.0.0/24", ""));
        assertThat(s.id()).matches("subnet-[a-z0-9]{8}");
        assertThat(instances.create(UCLOUD, host(s.id(), null), 1).get(0).privateIp()).isEqualTo("10.9.0.2");
    }

    @Test
    void concurrentCreationsNeverShareAnAddressAndStopWhenTheSubnetIsFull() throws Exception {
        Vpc vpc = networks.createVpc(ALIYUN, new NetworkService.NewVpc("", "", List.of("10.0.0.0/8"), ""));
        Subnet s = networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "", "", "", "10.3.0.0/28", ""));
        int usable = 16 - 4;
        Set<String> ips = ConcurrentHashMap.newKeySet();
        AtomicInteger full = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 24; t++) {
                done.add(pool.submit(() -> {
                    try {
                        ips.add(instances.create(ALIYUN, host(s.id(), null), 1).get(0).privateIp());
                    } catch (DomainException e) {
                        assertThat(e.error()).isEqualTo(DomainError.SUBNET_FULL);
                        full.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(ips).hasSize(usable);
        assertThat(full.get()).isEqualTo(24 - usable);
        assertThat(networks.availableAddresses(s)).isZero();
        Long rows = jdbc.sql("SELECT COUNT(*) FROM subnet_address WHERE subnet_id = :s").param("s", s.id())
                .query(Long.class).single();
        assertThat(rows).isEqualTo(usable);
    }

    @Test
    void vpcsSubnetsAndAddressesSurviveAnExportAndImport() {
        Vpc vpc = networks.createVpc(ALIYUN, new NetworkService.NewVpc("n", "d", List.of("172.16.0.0/12"), ""));
        Subnet s = networks.createSubnet(ALIYUN, new NetworkService.NewSubnet(vpc.id(), "cn-hangzhou-i", "sn", "",
                "172.16.5.0/24", ""));
        Instance i = instances.create(ALIYUN, host(s.id(), null), 1).get(0);
        var doc = state.export();
        assertThat(doc.section("vpcs", JsonNode.class)).extracting(n -> n.get("id").asString()).containsExactly(vpc.id());
        assertThat(doc.section("subnets", JsonNode.class)).extracting(n -> n.get("cidrBlock").asString())
                .containsExactly("172.16.5.0/24");
        assertThat(doc.section("instances", JsonNode.class)).extracting(n -> n.get("privateIp").asString())
                .containsExactly("172.16.5.1");

        jdbc.sql("DELETE FROM instance").update();
        jdbc.sql("DELETE FROM subnet_address").update();
        jdbc.sql("DELETE FROM subnet").update();
        jdbc.sql("DELETE FROM route_table").update(); // the VPC's system route table, made with it (core.routing)
        jdbc.sql("DELETE FROM vpc").update();
        var created = state.importFixture(doc, false);
        assertThat(created).containsEntry("vpcs", 1).containsEntry("subnets", 1).containsEntry("instances", 1);
        Instance back = instances.get(ALIYUN, i.id());
        assertThat(back.privateIp()).isEqualTo("172.16.5.1");
        assertThat(back.subnetId()).isEqualTo(s.id());
        assertThat(errorOf(() -> instances.create(ALIYUN, host(s.id(), "172.16.5.1"), 1)))
                .as("the imported address is taken").isEqualTo(DomainError.ADDRESS_IN_USE);
        assertThat(networks.subnet(ALIYUN, s.id()).zone()).isEqualTo("cn-hangzhou-i");
    }
}
