package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotGroupRequest;
import com.aliyun.ecs20140526.models.DeleteDiskRequest;
import com.aliyun.ecs20140526.models.DeleteSnapshotGroupRequest;
import com.aliyun.ecs20140526.models.DeleteSnapshotRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotGroupsRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotGroupsResponseBody.DescribeSnapshotGroupsResponseBodySnapshotGroupsSnapshotGroup;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.ModifySnapshotGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaCalls;

/**
 * Terraform's alicloud_ecs_snapshot_group through the ECS SDK in the provider's order: CreateSnapshotGroup
 * (InstanceId, DiskId.N or ExcludeDiskId.N, Name, Description, Tag.N, ResourceGroupId) -> DescribeSnapshotGroups
 * (MaxResults, paged by NextToken, until Status accomplished) -> ModifySnapshotGroup and TagResources (ResourceType
 * snapshotgroup) -> DeleteSnapshotGroup -> a list without it, which the provider reads as gone. A group's snapshots are
 * snapshots of their own, gone with it.
 */
class SnapshotGroupTest extends ServerTestBase {
    private static final String ZONE = REGION + "-i";
    private Client ecs;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    /** A Running instance with a data disk: [instance, system disk, data disk]. */
    private String[] instance() throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String id = ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(ZONE)
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setDataDisk(List.of(new RunInstancesRequest.RunInstancesRequestDataDisk()
                        .setSize(30).setCategory("cloud_essd"))))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        return new String[] {id, disk(id, "system"), disk(id, "data")};
    }

    private String disk(String instance, String type) throws Exception {
        return ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType(type)).getBody().getDisks().getDisk().get(0).getDiskId();
    }

    private CreateSnapshotGroupRequest group(String instance) {
        return new CreateSnapshotGroupRequest().setRegionId(REGION).setInstanceId(instance);
    }

    private String create(CreateSnapshotGroupRequest r) throws Exception {
        return ecs.createSnapshotGroup(r).getBody().getSnapshotGroupId();
    }

    /** describeEcsSnapshotGroup: every group of the region, paged by NextToken, the one of that id; null: gone. */
    private DescribeSnapshotGroupsResponseBodySnapshotGroupsSnapshotGroup read(String id) throws Exception {
        String token = null;
        do {
            var body = ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest().setRegionId(REGION)
                    .setMaxResults(2).setNextToken(token)).getBody();
            for (var g : body.getSnapshotGroups().getSnapshotGroup()) if (g.getSnapshotGroupId().equals(id)) return g;
            token = body.getNextToken();
        } while (token != null && !token.isEmpty());
        return null;
    }

    private List<String> snapshotsOf(String disk) throws Exception {
        return ecs.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION).setDiskId(disk)).getBody()
                .getSnapshots().getSnapshot().stream().map(s -> s.getSnapshotId()).toList();
    }

    @Test
    void theProvidersGroup() throws Exception {
        String[] vm = instance();
        create(group(vm[0]));
        create(group(vm[0]));
        String id = create(group(vm[0]).setName("nightly").setDescription("both disks").setTag(List.of(
                new CreateSnapshotGroupRequest.CreateSnapshotGroupRequestTag().setKey("env").setValue("test"))));
        assertThat(id).matches("ssg-[a-z0-9]{20}");

        var read = read(id);
        assertThat(List.of(read.getStatus(), read.getInstanceId(), read.getName(), read.getDescription()))
                .containsExactly("accomplished", vm[0], "nightly", "both disks");
        assertThat(read.getResourceGroupId()).isNotEmpty();
        assertThat(read.getTags().getTag()).extracting(t -> t.getKey() + "=" + t.getValue()).containsExactly("env=test");
        var taken = read.getSnapshots().getSnapshot();
        assertThat(taken).extracting(s -> s.getSourceDiskId() + " " + s.getSourceDiskType() + " " + s.getProgress()
                + " " + s.getAvailable()).containsExactlyInAnyOrder(vm[1] + " System 100% true",
                vm[2] + " Data 100% true");
        assertThat(snapshotsOf(vm[2])).as("its snapshots are snapshots").contains(taken.stream()
                .filter(s -> s.getSourceDiskId().equals(vm[2])).findFirst().orElseThrow().getSnapshotId());

        ecs.modifySnapshotGroup(new ModifySnapshotGroupRequest().setRegionId(REGION).setSnapshotGroupId(id)
                .setName("weekly"));
        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("snapshotgroup")
                .setResourceId(List.of(id)).setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag()
                        .setKey("team").setValue("ops"))));
        read = read(id);
        assertThat(read.getName() + " " + read.getDescription()).isEqualTo("weekly both disks");
        assertThat(read.getTags().getTag()).extracting(t -> t.getKey()).containsExactlyInAnyOrder("env", "team");
        assertThat(ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest().setRegionId(REGION)
                .setSnapshotGroupId(List.of(id)).setAdditionalAttributes(List.of("SNAPSHOT_GROUP_PROGRESS_STATUS")))
                .getBody().getSnapshotGroups().getSnapshotGroup()).singleElement()
                .satisfies(g -> assertThat(g.getProgressStatus()).isEqualTo("accomplished"));

        ecs.deleteSnapshotGroup(new DeleteSnapshotGroupRequest().setRegionId(REGION).setSnapshotGroupId(id));
        assertThat(read(id)).isNull();
        assertThat(snapshotsOf(vm[1])).as("two other groups' snapshots stay").hasSize(2);
        assertThat(TeaCalls.code(() -> ecs.deleteSnapshotGroup(new DeleteSnapshotGroupRequest().setRegionId(REGION)
                .setSnapshotGroupId(id)))).isEqualTo("InvalidSnapshotGroup.NotFound");
        assertThat(TeaCalls.code(() -> ecs.modifySnapshotGroup(new ModifySnapshotGroupRequest().setRegionId(REGION)
                .setSnapshotGroupId(id).setName("again")))).isEqualTo("InvalidSnapshotGroup.NotFound");
    }

    @Test
    void disksAreChosenAndRefusalsMakeNothing() throws Exception {
        String[] vm = instance();
        String[] other = instance();
        var dataOnly = read(create(group(vm[0]).setDiskId(List.of(vm[2]))));
        assertThat(dataOnly.getSnapshots().getSnapshot()).extracting(s -> s.getSourceDiskId()).containsExactly(vm[2]);
        var systemLeft = read(create(group(vm[0]).setExcludeDiskId(List.of(vm[2]))));
        assertThat(systemLeft.getSnapshots().getSnapshot()).extracting(s -> s.getSourceDiskId()).containsExactly(vm[1]);

        int before = snapshotsOf(vm[1]).size() + snapshotsOf(vm[2]).size();
        assertThat(TeaCalls.code(() -> create(group(vm[0]).setDiskId(List.of(vm[1]))
                .setExcludeDiskId(List.of(vm[2]))))).isEqualTo("InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict");
        assertThat(TeaCalls.code(() -> create(group(null)))).isEqualTo("MissingParamter.InstanceId");
        assertThat(TeaCalls.code(() -> create(group(vm[0]).setDiskId(List.of(vm[2], other[2])))))
                .isEqualTo("DiskId.ValueNotSupported");
        assertThat(TeaCalls.code(() -> create(group(vm[0]).setDiskId(List.of("d-missing")))))
                .isEqualTo("InvalidDiskId.NotFound");
        assertThat(TeaCalls.code(() -> create(group(vm[0]).setExcludeDiskId(List.of(vm[1], vm[2])))))
                .isEqualTo("InvalidInstance.NoDisk");
        assertThat(TeaCalls.code(() -> create(group("i-missing")))).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(TeaCalls.code(() -> create(group(vm[0]).setName("http://group")))).isEqualTo("InvalidParameter.Name");
        assertThat(snapshotsOf(vm[1]).size() + snapshotsOf(vm[2]).size()).isEqualTo(before);

        assertThat(TeaCalls.code(() -> ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest()
                .setRegionId(REGION).setStatus(List.of("done"))))).isEqualTo("InvalidStatus.ValueNotSupported");
        assertThat(TeaCalls.code(() -> ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest()
                .setRegionId(REGION).setAdditionalAttributes(List.of("SNAPSHOT_GROUP_PROGRESS_STATUS")))))
                .isEqualTo("InvalidSnapshotGroupId.MustBeOne");
        assertThat(ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest().setRegionId(REGION)
                .setInstanceId(vm[0]).setStatus(List.of("failed"))).getBody().getSnapshotGroups().getSnapshotGroup())
                .isEmpty();
        assertThat(ecs.describeSnapshotGroups(new DescribeSnapshotGroupsRequest().setRegionId(REGION)
                .setInstanceId(vm[0])).getBody().getSnapshotGroups().getSnapshotGroup()).hasSize(2);
    }

    /**
     * A group whose snapshot a disk was made from is not deleted, and nothing of it goes; a snapshot deleted alone
     * leaves the group; the group then goes with what is left.
     */
    @Test
    void aGroupGoesWithItsSnapshotsOrNotAtAll() throws Exception {
        String[] vm = instance();
        String id = create(group(vm[0]));
        var taken = read(id).getSnapshots().getSnapshot();
        String ofData = taken.stream().filter(s -> s.getSourceDiskId().equals(vm[2])).findFirst().orElseThrow()
                .getSnapshotId();
        String ofSystem = taken.stream().filter(s -> s.getSourceDiskId().equals(vm[1])).findFirst().orElseThrow()
                .getSnapshotId();
        String made = ecs.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setSnapshotId(ofData).setSize(30).setDiskCategory("cloud_essd")).getBody().getDiskId();
        assertThat(TeaCalls.code(() -> ecs.deleteSnapshotGroup(new DeleteSnapshotGroupRequest().setRegionId(REGION)
                .setSnapshotGroupId(id)))).isEqualTo("SnapshotCreatedDisk");
        assertThat(read(id).getSnapshots().getSnapshot()).hasSize(2);

        ecs.deleteDisk(new DeleteDiskRequest().setDiskId(made));
        ecs.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(ofSystem));
        assertThat(read(id).getSnapshots().getSnapshot()).extracting(s -> s.getSnapshotId()).containsExactly(ofData);
        ecs.deleteSnapshotGroup(new DeleteSnapshotGroupRequest().setRegionId(REGION).setSnapshotGroupId(id));
        assertThat(snapshotsOf(vm[2])).doesNotContain(ofData);
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String[] vm = instance();
        String id = create(group(vm[0]).setName("kept").setDescription("across an export"));
        var before = read(id).getSnapshots().getSnapshot().stream().map(s -> s.getSnapshotId()).sorted().toList();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(id)).isNull();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var back = read(id);
        assertThat(back.getName() + " " + back.getDescription() + " " + back.getInstanceId())
                .isEqualTo("kept across an export " + vm[0]);
        assertThat(back.getSnapshots().getSnapshot().stream().map(s -> s.getSnapshotId()).sorted().toList())
                .isEqualTo(before);
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String group(AliyunApi api) {
            String instance = api.instance(api.group());
            return api.ecs("CreateSnapshotGroup", "RegionId", REGION, "InstanceId", instance).path("SnapshotGroupId")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateSnapshotGroup", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                    api.instance(api.group()), "Name", "group", "Description", "a group"))
                    .fails("InvalidInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                            "i-missing"));
            r.ecs("DescribeSnapshotGroups", api -> AliyunApi.params("RegionId", REGION, "SnapshotGroupId.1",
                    group(api)))
                    .fails("InvalidStatus.ValueNotSupported", api -> AliyunApi.params("RegionId", REGION,
                            "Status.1", "done"));
            r.ecs("ModifySnapshotGroup", api -> AliyunApi.params("RegionId", REGION, "SnapshotGroupId", group(api),
                    "Description", "renamed"))
                    .fails("InvalidSnapshotGroup.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "SnapshotGroupId", "ssg-missing"));
            r.ecs("DeleteSnapshotGroup", api -> AliyunApi.params("RegionId", REGION, "SnapshotGroupId", group(api)))
                    .fails("InvalidSnapshotGroup.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "SnapshotGroupId", "ssg-missing"));
        }
    }
}
