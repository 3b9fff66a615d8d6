package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ApplyAutoSnapshotPolicyRequest;
import com.aliyun.ecs20140526.models.CancelAutoSnapshotPolicyRequest;
import com.aliyun.ecs20140526.models.CreateAutoSnapshotPolicyRequest;
import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.DeleteAutoSnapshotPolicyRequest;
import com.aliyun.ecs20140526.models.DescribeAutoSnapshotPolicyExRequest;
import com.aliyun.ecs20140526.models.DescribeAutoSnapshotPolicyExResponseBody.DescribeAutoSnapshotPolicyExResponseBodyAutoSnapshotPoliciesAutoSnapshotPolicy;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.ModifyAutoSnapshotPolicyExRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_auto_snapshot_policy and alicloud_ecs_auto_snapshot_policy_attachment, in the provider's
 * order and with its parameters (the lower camel case ones: regionId, timePoints, repeatWeekdays, retentionDays),
 * through the tea client it uses: Create -> DescribeAutoSnapshotPolicyEx (TimePoints and RepeatWeekdays as JSON
 * arrays, Status always there) -> ModifyAutoSnapshotPolicyEx -> ApplyAutoSnapshotPolicy -> DescribeDisks by
 * AutoSnapshotPolicyId and DiskIds -> Cancel -> Delete -> an empty list, "gone".
 */
class AutoSnapshotPolicyTest extends ServerTestBase {
    private Client ecs;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String policy(String name) throws Exception {
        return ecs.createAutoSnapshotPolicy(new CreateAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyName(name).setTimePoints("[\"1\",\"22\",\"23\"]").setRepeatWeekdays("[\"1\",\"7\"]")
                .setRetentionDays(7)).getBody().getAutoSnapshotPolicyId();
    }

    private String disk() throws Exception {
        return ecs.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(REGION + "-h").setSize(20))
                .getBody().getDiskId();
    }

    private List<DescribeAutoSnapshotPolicyExResponseBodyAutoSnapshotPoliciesAutoSnapshotPolicy> read(String id)
            throws Exception {
        return ecs.describeAutoSnapshotPolicyEx(new DescribeAutoSnapshotPolicyExRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyId(id)).getBody().getAutoSnapshotPolicies().getAutoSnapshotPolicy();
    }

    /** The attachment's read: DescribeDisks by AutoSnapshotPolicyId and DiskIds. */
    private List<DescribeDisksResponseBodyDisksDisk> following(String policy, String disk) throws Exception {
        return ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setAutoSnapshotPolicyId(policy)
                .setDiskIds("[\"" + disk + "\"]")).getBody().getDisks().getDisk();
    }

    private Object apply(String policy, String disk) throws Exception {
        return ecs.applyAutoSnapshotPolicy(new ApplyAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyId(policy).setDiskIds("[\"" + disk + "\"]"));
    }

    private Object delete(String policy) throws Exception {
        return ecs.deleteAutoSnapshotPolicy(new DeleteAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyId(policy));
    }

    @Test
    void aPolicyAndADiskThatFollowsItTheProvidersWay() throws Exception {
        String id = policy("tf-policy");
        assertThat(id).startsWith("sp-");
        assertThat(read(id)).singleElement().satisfies(p -> {
            assertThat(p.getAutoSnapshotPolicyName()).isEqualTo("tf-policy");
            assertThat(p.getTimePoints()).isEqualTo("[\"1\",\"22\",\"23\"]");
            assertThat(p.getRepeatWeekdays()).isEqualTo("[\"1\",\"7\"]");
            assertThat(p.getRetentionDays()).isEqualTo(7);
            assertThat(p.getStatus()).isEqualTo("Normal");
            assertThat(p.getTargetCopyRegions()).isEqualTo("[]");
            assertThat(p.getDiskNums()).isZero();
            assertThat(p.getCreationTime()).endsWith("Z");
        });
        ecs.modifyAutoSnapshotPolicyEx(new ModifyAutoSnapshotPolicyExRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyId(id).setTimePoints("[\"3\"]").setRepeatWeekdays("[\"2\"]").setRetentionDays(-1));
        assertThat(read(id)).singleElement().satisfies(p -> {
            assertThat(p.getTimePoints()).isEqualTo("[\"3\"]");
            assertThat(p.getRetentionDays()).isEqualTo(-1);
            assertThat(p.getAutoSnapshotPolicyName()).as("kept").isEqualTo("tf-policy");
        });

        // alicloud_ecs_auto_snapshot_policy_attachment
        String disk = disk();
        assertThat(following(id, disk)).isEmpty();
        apply(id, disk);
        assertThat(following(id, disk)).singleElement().satisfies(d -> {
            assertThat(d.getAutoSnapshotPolicyId()).isEqualTo(id);
            assertThat(d.getEnableAutomatedSnapshotPolicy()).isTrue();
            assertThat(d.getRegionId()).isEqualTo(REGION);
        });
        assertThat(read(id).get(0).getDiskNums()).isEqualTo(1);
        String other = policy("other");
        apply(other, disk);
        assertThat(following(id, disk)).as("another policy replaces it").isEmpty();
        assertThat(following(other, disk)).hasSize(1);
        ecs.cancelAutoSnapshotPolicy(new CancelAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setDiskIds("[\"" + disk + "\"]"));
        assertThat(following(other, disk)).isEmpty();

        apply(id, disk);
        delete(id);
        assertThat(read(id)).as("gone: an empty list").isEmpty();
        assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskIds("[\"" + disk + "\"]"))
                .getBody().getDisks().getDisk().get(0).getAutoSnapshotPolicyId()).as("the policy went off its disks")
                .isEmpty();
        TeaException gone = refused(() -> delete(id));
        assertThat(gone.getCode()).isEqualTo("ParameterInvalid");
        assertThat(gone.getStatusCode()).isEqualTo(404);
    }

    @Test
    void schedulesAndNamesAreChecked() throws Exception {
        for (String[] bad : List.of(new String[] {"[\"24\"]", "[\"1\"]"}, new String[] {"[]", "[\"1\"]"},
                new String[] {"1,2", "[\"1\"]"}, new String[] {"[\"1\"]", "[\"8\"]"}, new String[] {"[\"1\"]", "[\"0\"]"})) {
            TeaException e = refused(() -> ecs.createAutoSnapshotPolicy(new CreateAutoSnapshotPolicyRequest()
                    .setRegionId(REGION).setTimePoints(bad[0]).setRepeatWeekdays(bad[1]).setRetentionDays(1)));
            assertThat(e.getCode()).as(bad[0] + " " + bad[1]).isEqualTo("InvalidParameter");
        }
        assertThat(refused(() -> ecs.createAutoSnapshotPolicy(new CreateAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setTimePoints("[1]").setRepeatWeekdays("[1]").setRetentionDays(0))).getCode()).isEqualTo("InvalidParameter");
        assertThat(refused(() -> ecs.createAutoSnapshotPolicy(new CreateAutoSnapshotPolicyRequest().setRegionId(REGION)
                .setAutoSnapshotPolicyName("9lives").setTimePoints("[1]").setRepeatWeekdays("[1]").setRetentionDays(1)))
                .getCode()).isEqualTo("InvalidSnapshotPolicyName.Malformed");
        String id = policy("ok");
        assertThat(refused(() -> apply(id, "d-unknown")).getCode()).isEqualTo("InvalidDiskId.NotFound");
        assertThat(refused(() -> apply("sp-unknown", disk())).getCode()).isEqualTo("ParameterInvalid");
        assertThat(refused(() -> ecs.createAutoSnapshotPolicy(new CreateAutoSnapshotPolicyRequest()
                .setTimePoints("[1]").setRepeatWeekdays("[1]").setRetentionDays(1))).getCode())
                .as("its region is regionId").isEqualTo("MissingParameter");
    }

    /** A deletion and an application racing for one policy: its row lock orders them; never a disk on a gone policy. */
    @Test
    void aDeletionAndAnApplicationRacingLeaveNoDiskOnAGonePolicy() throws Exception {
        for (int round = 0; round < 4; round++) {
            String id = policy("race-" + round);
            String disk = disk();
            var outcomes = race(racing(), () -> delete(id), () -> apply(id, disk));
            assertThat(outcomes.get(0)).isEqualTo("ok");
            assertThat(outcomes.get(1)).isIn("ok", "ParameterInvalid");
            assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskIds("[\"" + disk + "\"]"))
                    .getBody().getDisks().getDisk().get(0).getAutoSnapshotPolicyId()).isEmpty();
        }
    }

    @Test
    void policiesRoundTripTheState() throws Exception {
        String id = policy("kept");
        String disk = disk();
        apply(id, disk);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(id)).singleElement().satisfies(p -> {
            assertThat(p.getAutoSnapshotPolicyName()).isEqualTo("kept");
            assertThat(p.getTimePoints()).isEqualTo("[\"1\",\"22\",\"23\"]");
            assertThat(p.getDiskNums()).isEqualTo(1);
        });
        assertThat(following(id, disk)).hasSize(1);
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String policy(AliyunApi api) {
            return api.ecs("CreateAutoSnapshotPolicy", "regionId", REGION, "timePoints", "[\"1\"]", "repeatWeekdays",
                    "[\"1\"]", "retentionDays", "1").path("AutoSnapshotPolicyId").asString();
        }

        private static String disk(AliyunApi api) {
            return api.ecs("CreateDisk", "RegionId", REGION, "ZoneId", REGION + "-h", "Size", "20").path("DiskId")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateAutoSnapshotPolicy", api -> AliyunApi.params("regionId", REGION, "timePoints", "[\"1\",\"2\"]",
                    "repeatWeekdays", "[\"1\"]", "retentionDays", "3", "autoSnapshotPolicyName", "sp-n",
                    "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.ecs("DescribeAutoSnapshotPolicyEx", api -> {
                String p = policy(api);
                api.ecs("ApplyAutoSnapshotPolicy", "regionId", REGION, "autoSnapshotPolicyId", p, "diskIds",
                        "[\"" + disk(api) + "\"]");
                return AliyunApi.params("RegionId", REGION, "AutoSnapshotPolicyId", p);
            });
            r.ecs("ModifyAutoSnapshotPolicyEx", api -> AliyunApi.params("regionId", REGION, "autoSnapshotPolicyId",
                    policy(api), "retentionDays", "5"));
            r.ecs("DeleteAutoSnapshotPolicy", api -> AliyunApi.params("regionId", REGION, "autoSnapshotPolicyId",
                    policy(api)));
            r.ecs("ApplyAutoSnapshotPolicy", api -> AliyunApi.params("regionId", REGION, "autoSnapshotPolicyId",
                    policy(api), "diskIds", "[\"" + disk(api) + "\"]"));
            r.ecs("CancelAutoSnapshotPolicy", api -> AliyunApi.params("regionId", REGION, "diskIds",
                    "[\"" + disk(api) + "\"]"));
        }
    }
}
