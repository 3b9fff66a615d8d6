package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_vswitch_cidr_reservation, as the provider sends it (RPC POST, its own parameter names):
 * CreateVSwitchCidrReservation (VSwitchId, the block or its mask, IpVersion, ClientToken) -> ListVSwitchCidrReservations
 * (VSwitchId, VSwitchCidrReservationIds.1) until Status Assigned -> ModifyVSwitchCidrReservationAttribute ->
 * DeleteVSwitchCidrReservation -> an empty list, gone. And what holds a reservation to its vSwitch: inside it, clear of
 * its kept and given-out addresses and of the other reservations, passed over by its address allocation.
 */
class VSwitchCidrReservationTest extends ServerTestBase {
    private AliyunApi api;
    private String vSwitch;

    @BeforeEach
    void network() {
        api = new AliyunApi(port);
        vSwitch = vSwitch("10.70.1.0/26");
    }

    private String vSwitch(String block) {
        String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.70.0.0/16").path("VpcId").asString();
        return api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", block, "ZoneId",
                REGION + "-i").path("VSwitchId").asString();
    }

    private String reserve(String... kv) {
        List<String> p = new ArrayList<>(List.of("RegionId", REGION, "VSwitchId", vSwitch));
        p.addAll(List.of(kv));
        return api.vpc("CreateVSwitchCidrReservation", p.toArray(String[]::new)).path("VSwitchCidrReservationId")
                .asString();
    }

    private String refused(String... kv) {
        List<String> p = new ArrayList<>(List.of("RegionId", REGION, "VSwitchId", vSwitch));
        p.addAll(List.of(kv));
        return api.refusal(AliyunSpecs.VPC, "CreateVSwitchCidrReservation", p.toArray(String[]::new));
    }

    private JsonNode read(String id) {
        return api.vpc("ListVSwitchCidrReservations", "RegionId", REGION, "VSwitchId", vSwitch,
                "VSwitchCidrReservationIds.1", id).path("VSwitchCidrReservations");
    }

    @Test
    void theProvidersReservation() {
        String id = reserve("VSwitchCidrReservationCidr", "10.70.1.16/28", "IpVersion", "IPv4",
                "VSwitchCidrReservationName", "prefixes", "VSwitchCidrReservationType", "Prefix", "Tag.1.Key", "team",
                "Tag.1.Value", "net", "ClientToken", "token-1");
        assertThat(id).matches("vcr-[a-z0-9]{20}");
        assertThat(reserve("VSwitchCidrReservationCidr", "10.70.1.16/28", "ClientToken", "token-1"))
                .as("the same token").isEqualTo(id);

        JsonNode r = read(id).path(0);
        assertThat(r.path("VSwitchCidrReservationId").asString()).isEqualTo(id);
        assertThat(r.path("VSwitchId").asString()).isEqualTo(vSwitch);
        assertThat(r.path("VpcId").asString()).startsWith("vpc-");
        assertThat(r.path("VSwitchCidrReservationCidr").asString()).isEqualTo("10.70.1.16/28");
        assertThat(r.path("Status").asString()).isEqualTo("Assigned");
        assertThat(r.path("Type").asString()).isEqualTo("Prefix");
        assertThat(r.path("IpVersion").asString()).isEqualTo("IPv4");
        assertThat(r.path("VSwitchCidrReservationName").asString()).isEqualTo("prefixes");
        assertThat(r.path("Tags").path(0).path("Key").asString()).isEqualTo("team");

        api.vpc("ModifyVSwitchCidrReservationAttribute", "RegionId", REGION, "VSwitchCidrReservationId", id,
                "VSwitchCidrReservationDescription", "kept for the pods");
        assertThat(read(id).path(0).path("VSwitchCidrReservationDescription").asString()).isEqualTo("kept for the pods");
        assertThat(read(id).path(0).path("VSwitchCidrReservationName").asString()).isEqualTo("prefixes");
        assertThat(api.vpc("GetVSwitchCidrReservationUsage", "RegionId", REGION, "VSwitchCidrReservationId", id)
                .path("TotalCount").asLong()).isZero();

        api.vpc("DeleteVSwitchCidrReservation", "RegionId", REGION, "VSwitchCidrReservationId", id);
        assertThat(read(id)).isEmpty();
        assertThat(api.refusal(AliyunSpecs.VPC, "DeleteVSwitchCidrReservation", "RegionId", REGION,
                "VSwitchCidrReservationId", id)).isEqualTo("ResourceNotFound.CidrReservation");
    }

    @Test
    void addressesAreGivenOutAroundAReservationAndAReservationAroundThem() {
        reserve("VSwitchCidrReservationCidr", "10.70.1.8/29");
        String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId",
                api.vpc("DescribeVSwitchAttributes", "RegionId", REGION, "VSwitchId", vSwitch).path("VpcId")
                        .asString()).path("SecurityGroupId").asString();
        api.ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                "InstanceType", "ecs.g6.large", "SecurityGroupId", group, "VSwitchId", vSwitch, "Amount", "8");
        List<String> addresses = new ArrayList<>();
        api.ecs("DescribeInstances", "RegionId", REGION, "VSwitchId", vSwitch, "PageSize", "50")
                .path("Instances").path("Instance").forEach(i -> addresses.add(i.path("VpcAttributes")
                        .path("PrivateIpAddress").path("IpAddress").path(0).asString()));
        assertThat(addresses).containsExactlyInAnyOrder("10.70.1.1", "10.70.1.2", "10.70.1.3", "10.70.1.4",
                "10.70.1.5", "10.70.1.6", "10.70.1.7", "10.70.1.16");

        assertThat(refused("VSwitchCidrReservationCidr", "10.70.1.16/29"))
                .isEqualTo("OperationFailed.AlreadyUsedIpContained");
        assertThat(refused("VSwitchCidrReservationCidr", "10.70.1.8/30"))
                .isEqualTo("OperationFailed.VSwitchCidrReservationCidr");
        assertThat(refused("VSwitchCidrReservationCidr", "10.70.2.0/29"))
                .isEqualTo("OperationFailed.VSwitchCidrReservationCidr");
        assertThat(refused("VSwitchCidrReservationCidr", "10.70.1.56/29"))
                .isEqualTo("OperationFailed.SystemReservedIpContained");
        String byMask = reserve("VSwitchCidrReservationMask", "29");
        assertThat(read(byMask).path(0).path("VSwitchCidrReservationCidr").asString())
                .as("the lowest /29 clear of kept, given-out and reserved addresses").isEqualTo("10.70.1.24/29");
    }

    @Test
    void requestsAreCheckedAsTheApiChecksThem() {
        assertThat(refused()).isEqualTo("MissingParam.CidrReservationMaskOrCidrReservationCidr");
        assertThat(refused("VSwitchCidrReservationCidr", "10.70.1.16/28", "VSwitchCidrReservationMask", "28"))
                .isEqualTo("Conflict.CidrReservationMaskAndCidrReservationCidr");
        assertThat(refused("VSwitchCidrReservationCidr", "10.70.1.17/28"))
                .isEqualTo("IllegalParamFormat.VSwitchCidrReservationCidr");
        assertThat(refused("VSwitchCidrReservationMask", "27"))
                .as("not two bits longer than the vSwitch's /26").isEqualTo("IllegalParam.VSwitchCidrReservationMask");
        assertThat(refused("VSwitchCidrReservationMask", "28", "IpVersion", "IPv6"))
                .isEqualTo("UnsupportedFeature.VSwitchIpv6");
        assertThat(refused("VSwitchCidrReservationMask", "28", "VSwitchCidrReservationType", "Other"))
                .isEqualTo("UnsupportedFeature.ReservedType");
        assertThat(api.refusal(AliyunSpecs.VPC, "CreateVSwitchCidrReservation", "RegionId", REGION, "VSwitchId",
                "vsw-none", "VSwitchCidrReservationMask", "28")).isEqualTo("ResourceNotFound.VSwitch");
    }

    @Test
    void aVSwitchWithAReservationIsNotDeleted() {
        String id = reserve("VSwitchCidrReservationMask", "28");
        assertThat(api.refusal(AliyunSpecs.VPC, "DeleteVSwitch", "RegionId", REGION, "VSwitchId", vSwitch))
                .isEqualTo("DependencyViolation.VSwitchCidrReservation");
        api.vpc("DeleteVSwitchCidrReservation", "RegionId", REGION, "VSwitchCidrReservationId", id);
        api.vpc("DeleteVSwitch", "RegionId", REGION, "VSwitchId", vSwitch);
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = reserve("VSwitchCidrReservationCidr", "10.70.1.32/28", "VSwitchCidrReservationName", "kept");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        JsonNode r = read(id).path(0);
        assertThat(r.path("VSwitchCidrReservationCidr").asString() + " " + r.path("VSwitchCidrReservationName")
                .asString()).isEqualTo("10.70.1.32/28 kept");
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String vSwitch(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.71.0.0/16").path("VpcId").asString();
            return api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.71.1.0/24", "ZoneId",
                    REGION + "-i").path("VSwitchId").asString();
        }

        private static String reservation(AliyunApi api) {
            return api.vpc("CreateVSwitchCidrReservation", "RegionId", REGION, "VSwitchId", vSwitch(api),
                    "VSwitchCidrReservationMask", "28").path("VSwitchCidrReservationId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateVSwitchCidrReservation", api -> AliyunApi.params("RegionId", REGION, "VSwitchId",
                    vSwitch(api), "VSwitchCidrReservationCidr", "10.71.1.16/28", "VSwitchCidrReservationName", "reserved",
                    "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("OperationFailed.SystemReservedIpContained", api -> AliyunApi.params("RegionId", REGION,
                            "VSwitchId", vSwitch(api), "VSwitchCidrReservationCidr", "10.71.1.0/28"));
            r.vpc("ListVSwitchCidrReservations", api -> AliyunApi.params("RegionId", REGION,
                    "VSwitchCidrReservationIds.1", reservation(api)));
            r.vpc("ModifyVSwitchCidrReservationAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "VSwitchCidrReservationId", reservation(api), "VSwitchCidrReservationName", "renamed"));
            r.vpc("DeleteVSwitchCidrReservation", api -> AliyunApi.params("RegionId", REGION,
                    "VSwitchCidrReservationId", reservation(api)))
                    .fails("ResourceNotFound.CidrReservation", api -> AliyunApi.params("RegionId", REGION,
                            "VSwitchCidrReservationId", "vcr-none"));
            r.vpc("GetVSwitchCidrReservationUsage", api -> AliyunApi.params("RegionId", REGION,
                    "VSwitchCidrReservationId", reservation(api)));
        }
    }
}
