package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.support.ServerTestBase;

/**
 * A route entry never dangles: the instance, network interface or NAT gateway it sends traffic to is not deleted under
 * it (DeleteInstance: DependencyViolation.RouteEntry, DeleteNatGateway: DependencyViolation.RouterEntry, as their
 * metadata document), also when the deletion and the entry's creation race; and DeleteRouteTable of a table that is
 * not there answers the 404 its metadata documents.
 */
class RouteNextHopTest extends ServerTestBase {
    private AliyunApi api;

    @BeforeEach
    void start() {
        api = new AliyunApi(port);
    }

    /** {VPC, a custom table, a vSwitch, a group of the VPC}. */
    private String[] network() {
        String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
        String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.0.1.0/24",
                "ZoneId", REGION + "-h").path("VSwitchId").asString();
        String table = api.vpc("CreateRouteTable", "RegionId", REGION, "VpcId", vpc).path("RouteTableId").asString();
        String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpc).path("SecurityGroupId").asString();
        return new String[] {vpc, table, vsw, group};
    }

    private String instance(String[] n) {
        return api.ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                "InstanceType", "ecs.g6.large", "SecurityGroupId", n[3], "VSwitchId", n[2])
                .path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
    }

    private AliyunApi.Reply call(String product, String action, String... kv) {
        return api.send(product, action, "JSON", AliyunApi.params(kv));
    }

    private static String code(AliyunApi.Reply r) {
        return r.status() == 200 ? "ok" : r.tree().path("Code").asString();
    }

    @Test
    void anInstanceOrNatGatewayARouteSendsToIsNotDeletedUnderIt() {
        String[] n = network();
        String instance = instance(n);
        api.vpc("CreateRouteEntry", "RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "10.9.0.0/16",
                "NextHopType", "Instance", "NextHopId", instance);
        AliyunApi.Reply refused = call("Ecs", "DeleteInstance", "InstanceId", instance, "Force", "true");
        assertThat(code(refused)).isEqualTo("DependencyViolation.RouteEntry");
        assertThat(api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + instance + "\"]")
                .path("Instances").path("Instance")).as("still there").hasSize(1);
        api.vpc("DeleteRouteEntry", "RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "10.9.0.0/16",
                "NextHopId", instance);
        assertThat(code(call("Ecs", "DeleteInstance", "InstanceId", instance, "Force", "true"))).isEqualTo("ok");

        String nat = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", n[0], "VSwitchId", n[2],
                "NatType", "Enhanced").path("NatGatewayId").asString();
        api.vpc("CreateRouteEntry", "RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "0.0.0.0/0",
                "NextHopType", "NatGateway", "NextHopId", nat);
        assertThat(code(call("Vpc", "DeleteNatGateway", "RegionId", REGION, "NatGatewayId", nat, "Force", "true")))
                .isEqualTo("DependencyViolation.RouterEntry");
        api.vpc("DeleteRouteEntry", "RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "0.0.0.0/0",
                "NextHopId", nat);
        assertThat(code(call("Vpc", "DeleteNatGateway", "RegionId", REGION, "NatGatewayId", nat))).isEqualTo("ok");
    }

    /** CreateRouteEntry to an instance and DeleteInstance of it at once: never an entry to a deleted instance. */
    @Test
    void anEntryAndItsNextHopsDeletionNeverBothWin() throws Exception {
        String[] n = network();
        for (int round = 0; round < 12; round++) {
            String instance = instance(n);
            String cidr = "10." + (100 + round) + ".0.0/16";
            Future<String> entry = racing().submit(() -> code(call("Vpc", "CreateRouteEntry", "RegionId", REGION,
                    "RouteTableId", n[1], "DestinationCidrBlock", cidr, "NextHopType", "Instance", "NextHopId", instance)));
            Future<String> delete = racing().submit(() -> code(call("Ecs", "DeleteInstance", "InstanceId", instance,
                    "Force", "true")));
            List<String> outcome = new ArrayList<>(List.of(entry.get(), delete.get()));
            assertThat(outcome).as("round %d", round).filteredOn("ok"::equals).hasSize(1);
            boolean entryWon = outcome.get(0).equals("ok");
            var entries = api.vpc("DescribeRouteTables", "RegionId", REGION, "RouteTableId", n[1])
                    .path("RouteTables").path("RouteTable").path(0).path("RouteEntrys").path("RouteEntry");
            boolean listed = false;
            for (var e : entries) listed |= e.path("DestinationCidrBlock").asString().equals(cidr);
            assertThat(listed).as("round %d: the entry stands exactly when it won", round).isEqualTo(entryWon);
            if (entryWon) {
                assertThat(outcome.get(1)).isEqualTo("DependencyViolation.RouteEntry");
                api.vpc("DeleteRouteEntry", "RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", cidr,
                        "NextHopId", instance);
                api.ecs("DeleteInstance", "InstanceId", instance, "Force", "true");
            }
        }
    }

    @Test
    void deleteRouteTableOfATableNotThereAnswersItsDocumented404() {
        AliyunApi.Reply r = call("Vpc", "DeleteRouteTable", "RegionId", REGION, "RouteTableId", "vtb-missing");
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(code(r)).isEqualTo("IncorrectRouteTableStatus");
    }
}
