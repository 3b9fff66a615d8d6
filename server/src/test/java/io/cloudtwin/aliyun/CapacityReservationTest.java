package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeCapacityReservationsRequest;
import com.aliyun.ecs20140526.models.DescribeCapacityReservationsResponseBody.DescribeCapacityReservationsResponseBodyCapacityReservationSetCapacityReservationItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_capacity_reservation in the provider's order (CreateCapacityReservation with ClientToken,
 * DescribeCapacityReservations by PrivatePoolOptions.Ids and Status Active until Active, TagResources
 * capacityreservation, ModifyCapacityReservation, ReleaseCapacityReservation until no Active one is listed), read
 * through the new ECS SDK's types; instances that take its places by Target matching (RunInstances,
 * ModifyInstanceAttachmentAttributes), the places freed with them, a race for the last place, and the state round trip.
 */
class CapacityReservationTest extends ServerTestBase {
    private static final String TYPE = "ecs.g6.large";
    private static final String ZONE = "cn-hangzhou-i";
    private Client client;
    private AliyunApi raw;
    private String group;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
        raw = new AliyunApi(port);
        group = raw.group();
    }

    private String reserve(int amount, String... more) {
        List<String> params = new ArrayList<>(List.of("RegionId", REGION, "InstanceType", TYPE, "ZoneId.1", ZONE,
                "InstanceAmount", String.valueOf(amount)));
        params.addAll(List.of(more));
        return raw.ecs("CreateCapacityReservation", params.toArray(String[]::new)).path("PrivatePoolOptionsId")
                .asString();
    }

    private List<DescribeCapacityReservationsResponseBodyCapacityReservationSetCapacityReservationItem> read(
            String id, String status) throws Exception {
        var set = client.describeCapacityReservations(new DescribeCapacityReservationsRequest().setRegionId(REGION)
                .setStatus(status).setPrivatePoolOptions(
                        new DescribeCapacityReservationsRequest.DescribeCapacityReservationsRequestPrivatePoolOptions()
                                .setIds("[\"" + id + "\"]"))).getBody().getCapacityReservationSet();
        return set == null ? List.of() : set.getCapacityReservationItem();
    }

    private int used(String id) throws Exception {
        return read(id, null).get(0).getAllocatedResources().getAllocatedResource().get(0).getUsedAmount();
    }

    /** "ok" or the code RunInstances answers for count instances of that type and zone into the reservation. */
    private String launch(String reservation, String type, String zone, int count) {
        return raw.outcome(AliyunSpecs.ECS, "RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE,
                "InstanceType", type, "ZoneId", zone, "SecurityGroupId", group, "Amount", String.valueOf(count),
                "PrivatePoolOptions.MatchCriteria", "Target", "PrivatePoolOptions.Id", reservation);
    }

    @Test
    void theProvidersReservation() throws Exception {
        String id = reserve(2, "Platform", "linux", "PrivatePoolOptions.Name", "web-pool", "Description",
                "for the web tier", "PrivatePoolOptions.MatchCriteria", "Target", "EndTimeType", "Unlimited",
                "Tag.1.Key", "team", "Tag.1.Value", "web", "ClientToken", "tok-1");
        assertThat(id).startsWith("crp-");
        assertThat(reserve(2, "ClientToken", "tok-1")).as("the same ClientToken").isEqualTo(id);
        var c = read(id, "Active").get(0);
        assertThat(c.getPrivatePoolOptionsName()).isEqualTo("web-pool");
        assertThat(c.getDescription()).isEqualTo("for the web tier");
        assertThat(c.getPrivatePoolOptionsMatchCriteria()).isEqualTo("Target");
        assertThat(c.getPlatform()).isEqualTo("linux");
        assertThat(c.getInstanceChargeType()).isEqualTo("PostPaid");
        assertThat(c.getEndTimeType()).isEqualTo("Unlimited");
        assertThat(c.getStartTime()).isNotEmpty();
        assertThat(c.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("team=web");
        var allocated = c.getAllocatedResources().getAllocatedResource().get(0);
        assertThat(allocated.getInstanceType()).isEqualTo(TYPE);
        assertThat(allocated.getZoneId()).as("the field the provider reads as zoneId").isEqualTo(ZONE);
        assertThat(allocated.getTotalAmount()).isEqualTo(2);
        assertThat(allocated.getUsedAmount()).isZero();
        assertThat(allocated.getAvailableAmount()).isEqualTo(2);

        raw.ecs("TagResources", "RegionId", REGION, "ResourceType", "capacityreservation", "ResourceId.1", id,
                "Tag.1.Key", "env", "Tag.1.Value", "test");
        raw.ecs("ModifyCapacityReservation", "RegionId", REGION, "PrivatePoolOptions.Id", id, "InstanceAmount", "3",
                "PrivatePoolOptions.Name", "web-pool-2");
        c = read(id, "Active").get(0);
        assertThat(c.getPrivatePoolOptionsName()).isEqualTo("web-pool-2");
        assertThat(c.getAllocatedResources().getAllocatedResource().get(0).getTotalAmount()).isEqualTo(3);
        assertThat(c.getTags().getTag()).hasSize(2);

        raw.ecs("ReleaseCapacityReservation", "RegionId", REGION, "PrivatePoolOptions.Id", id);
        assertThat(read(id, "Active")).as("the provider's gone").isEmpty();
        assertThat(read(id, null).get(0).getStatus()).isEqualTo("Released");
        assertThat(raw.refusal(AliyunSpecs.ECS, "ModifyCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", id, "InstanceAmount", "4")).isEqualTo("IncorrectPrivatePoolStatus");
        assertThat(launch(id, TYPE, ZONE, 1)).as("a released pool takes no instance")
                .isEqualTo("Invalid.PrivatePoolOptions.status");
    }

    @Test
    void targetInstancesTakeAndFreeItsPlaces() throws Exception {
        String id = reserve(2);
        assertThat(launch(id, "ecs.g6.xlarge", ZONE, 1)).isEqualTo("Invalid.InstanceType");
        assertThat(launch(id, TYPE, "cn-hangzhou-h", 1)).isEqualTo("Invalid.ZoneId");
        assertThat(launch(id, TYPE, ZONE, 3)).isEqualTo("Invalid.PrivatePoolOptions.status");
        assertThat(launch("crp-nothere", TYPE, ZONE, 1)).isEqualTo("Invalid.PrivatePoolOptions.Id");
        assertThat(used(id)).as("no refusal took a place").isZero();
        assertThat(launch(id, TYPE, ZONE, 2)).isEqualTo("ok");
        assertThat(used(id)).isEqualTo(2);
        assertThat(launch(id, TYPE, ZONE, 1)).isEqualTo("Invalid.PrivatePoolOptions.status");
        var users = raw.ecs("DescribeCapacityReservationInstances", "RegionId", REGION, "PrivatePoolOptions.Id", id)
                .path("CapacityReservationItem").path("InstanceIdSet");
        assertThat(users).hasSize(2);
        String first = users.path(0).path("InstanceId").asString();
        var attached = raw.ecs("DescribeInstanceAttachmentAttributes", "RegionId", REGION, "InstanceIds",
                "[\"" + first + "\"]").path("Instances").path("Instance").path(0);
        assertThat(attached.path("PrivatePoolOptionsMatchCriteria").asString()).isEqualTo("Target");
        assertThat(attached.path("PrivatePoolOptionsId").asString()).isEqualTo(id);
        assertThat(raw.refusal(AliyunSpecs.ECS, "ModifyCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", id, "InstanceAmount", "1"))
                .isEqualTo("InvalidInstanceAmount.ValueNotSupported");

        raw.ecs("DeleteInstance", "RegionId", REGION, "InstanceId", first, "Force", "true");
        assertThat(used(id)).as("freed with its instance").isEqualTo(1);
        String unmatched = raw.ecs("RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE, "InstanceType",
                TYPE, "ZoneId", ZONE, "SecurityGroupId", group).path("InstanceIdSets").path("InstanceIdSet").path(0)
                .asString();
        assertThat(used(id)).as("an instance that matches no pool (None, the default) takes no place").isEqualTo(1);
        raw.ecs("ModifyInstanceAttachmentAttributes", "RegionId", REGION, "InstanceId", unmatched,
                "PrivatePoolOptions.MatchCriteria", "Target", "PrivatePoolOptions.Id", id);
        assertThat(used(id)).isEqualTo(2);
        raw.ecs("ModifyInstanceAttachmentAttributes", "RegionId", REGION, "InstanceId", unmatched,
                "PrivatePoolOptions.MatchCriteria", "None");
        assertThat(used(id)).as("its place freed by another match").isEqualTo(1);

        String targetOnly = reserve(1, "PrivatePoolOptions.MatchCriteria", "Target");
        assertThat(raw.outcome(AliyunSpecs.ECS, "RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE,
                "InstanceType", TYPE, "ZoneId", ZONE, "SecurityGroupId", group, "PrivatePoolOptions.MatchCriteria",
                "Open")).isEqualTo("ok");
        assertThat(used(id)).as("an Open launch takes a place in an Open reservation of its type and zone")
                .isEqualTo(2);
        assertThat(used(targetOnly)).as("not in one only Target launches use").isZero();
        assertThat(raw.outcome(AliyunSpecs.ECS, "RunInstances", "RegionId", REGION, "ImageId", TeaEcs.IMAGE,
                "InstanceType", TYPE, "ZoneId", ZONE, "SecurityGroupId", group, "PrivatePoolOptions.MatchCriteria",
                "Open")).as("with no place left it runs outside any pool").isEqualTo("ok");
        assertThat(used(id)).isEqualTo(2);
    }

    @Test
    void oneOfTwoLaunchesTakesTheLastPlace() throws Exception {
        String id = reserve(1);
        Future<String> a = racing().submit(() -> launch(id, TYPE, ZONE, 1));
        Future<String> b = racing().submit(() -> launch(id, TYPE, ZONE, 1));
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "Invalid.PrivatePoolOptions.status");
        assertThat(used(id)).isEqualTo(1);
    }

    @Test
    void theRefusals() throws Exception {
        assertThat(refusal("InstanceType", "ecs.nothing")).isEqualTo("Invalid.InstanceType");
        assertThat(refusal("ZoneId.1", "cn-nowhere-z")).isEqualTo("Invalid.ZoneId");
        assertThat(refusal("ZoneId.2", "cn-hangzhou-h")).isEqualTo("Invalid.TooManyZoneIds");
        assertThat(refusal("Platform", "solaris")).isEqualTo("InvalidPlatform.ValueNotSupported");
        assertThat(refusal("EndTimeType", "Limited")).as("without EndTime").isEqualTo("Invalid.EndTime");
        assertThat(refusal("StartTime", "tomorrow")).isEqualTo("InvalidStartTime.MalFormed");
        assertThat(refusal("StartTime", "2020-01-01T00:00:00Z")).isEqualTo("InvalidStartTime.NotSupported");
        String limited = reserve(1, "EndTimeType", "Limited", "EndTime", "2099-01-01T00:00:00Z");
        raw.ecs("ModifyCapacityReservation", "RegionId", REGION, "PrivatePoolOptions.Id", limited,
                "PrivatePoolOptions.Name", "renamed");
        assertThat(read(limited, "Active").get(0).getEndTime()).as("a change of name keeps its end")
                .isEqualTo("2099-01-01T00:00:00Z");
        assertThat(raw.refusal(AliyunSpecs.ECS, "ModifyCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", limited, "EndTime", "2000-01-01T00:00:00Z"))
                .isEqualTo("InvalidEndTime.ValueNotSupported");
        assertThat(raw.refusal(AliyunSpecs.ECS, "ReleaseCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", limited)).isEqualTo("Invalid.Action.ReleaseCapacityReservation");
        raw.ecs("ModifyCapacityReservation", "RegionId", REGION, "PrivatePoolOptions.Id", limited, "EndTimeType",
                "Unlimited");
        var unlimited = read(limited, "Active").get(0);
        assertThat(List.of(unlimited.getEndTimeType(), unlimited.getEndTime())).as("made Unlimited, it keeps no end")
                .containsExactly("Unlimited", "");
        raw.ecs("ReleaseCapacityReservation", "RegionId", REGION, "PrivatePoolOptions.Id", limited);
        assertThat(raw.refusal(AliyunSpecs.ECS, "ReleaseCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", limited)).as("released already")
                .isEqualTo("Invalid.PrivatePoolOptions.status");
        assertThat(raw.refusal(AliyunSpecs.ECS, "ModifyCapacityReservation", "RegionId", REGION,
                "PrivatePoolOptions.Id", "crp-nothere")).isEqualTo("InvalidPrivatePoolId.NotFound");
    }

    private String refusal(String... changed) {
        List<String> params = new ArrayList<>(List.of("RegionId", REGION, "InstanceType", TYPE, "ZoneId.1", ZONE,
                "InstanceAmount", "1"));
        for (int n = 0; n < changed.length; n += 2) {
            int at = params.indexOf(changed[n]);
            if (at >= 0) params.set(at + 1, changed[n + 1]);
            else params.addAll(List.of(changed[n], changed[n + 1]));
        }
        return raw.refusal(AliyunSpecs.ECS, "CreateCapacityReservation", params.toArray(String[]::new));
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = reserve(3, "PrivatePoolOptions.Name", "kept");
        assertThat(launch(id, TYPE, ZONE, 1)).isEqualTo("ok");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var c = read(id, "Active").get(0);
        assertThat(c.getPrivatePoolOptionsName()).isEqualTo("kept");
        assertThat(used(id)).isEqualTo(1);
        assertThat(launch(id, TYPE, ZONE, 3)).isEqualTo("Invalid.PrivatePoolOptions.status");
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String reservation(AliyunApi api) {
            return api.ecs("CreateCapacityReservation", "RegionId", REGION, "InstanceType", TYPE, "ZoneId.1", ZONE,
                    "InstanceAmount", "1").path("PrivatePoolOptionsId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateCapacityReservation", api -> AliyunApi.params("RegionId", REGION, "InstanceType", TYPE,
                    "ZoneId.1", ZONE, "InstanceAmount", "2", "PrivatePoolOptions.Name", "recipe", "Tag.1.Key", "k",
                    "Tag.1.Value", "v"))
                    .fails("Invalid.InstanceType", api -> AliyunApi.params("RegionId", REGION, "InstanceType",
                            "ecs.nothing", "ZoneId.1", ZONE, "InstanceAmount", "1"));
            r.ecs("DescribeCapacityReservations", api -> AliyunApi.params("RegionId", REGION,
                    "PrivatePoolOptions.Ids", "[\"" + reservation(api) + "\"]"));
            r.ecs("ModifyCapacityReservation", api -> AliyunApi.params("RegionId", REGION, "PrivatePoolOptions.Id",
                    reservation(api), "InstanceAmount", "2"))
                    .fails("InvalidPrivatePoolId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "PrivatePoolOptions.Id", "crp-nothere"));
            r.ecs("ReleaseCapacityReservation", api -> AliyunApi.params("RegionId", REGION, "PrivatePoolOptions.Id",
                    reservation(api)));
            r.ecs("DescribeCapacityReservationInstances", api -> AliyunApi.params("RegionId", REGION,
                    "PrivatePoolOptions.Id", reservation(api)));
        }
    }
}
