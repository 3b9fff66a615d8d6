package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DetachDiskRequest;
import com.aliyun.ecs20140526.models.ResetDiskRequest;
import com.aliyun.ecs20140526.models.ResetDisksRequest;
import com.aliyun.ecs20140526.models.ResetDisksResponseBody;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * ResetDisk and ResetDisks (501 before) through the ECS SDK's own models: a disk goes back to a snapshot of its own
 * while attached to a Stopped instance; a Running instance (IncorrectInstanceStatus), a detached disk
 * (IncorrectDiskStatus), another disk's snapshot (InvalidParameter.Mismatch) and unknown ids are refused, and a batch
 * with one such disk resets none.
 */
class ResetDiskTest extends ServerTestBase {
    private static final String ZONE = REGION + "-h";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    /** A Running instance with a data disk: [instance, system disk, data disk]. */
    private String[] instance() throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String id = client.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(ZONE)
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setDataDisk(List.of(new RunInstancesRequest.RunInstancesRequestDataDisk()
                        .setSize(30).setCategory("cloud_essd").setDeleteWithInstance(false))))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        return new String[] {id, disk(id, "system"), disk(id, "data")};
    }

    private String disk(String instance, String type) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType(type)).getBody().getDisks().getDisk().get(0).getDiskId();
    }

    private String snap(String disk) throws Exception {
        return client.createSnapshot(new CreateSnapshotRequest().setDiskId(disk)).getBody().getSnapshotId();
    }

    private void reset(String disk, String snapshot) throws Exception {
        client.resetDisk(new ResetDiskRequest().setDiskId(disk).setSnapshotId(snapshot));
    }

    @Test
    void aDiskOfAStoppedInstanceGoesBackToASnapshotOfItsOwn() throws Exception {
        String[] vm = instance();
        String system = snap(vm[1]);
        String data = snap(vm[2]);
        assertThat(code(() -> {
            reset(vm[1], system);
            return null;
        })).as("while Running").isEqualTo("IncorrectInstanceStatus");

        client.stopInstance(new StopInstanceRequest().setInstanceId(vm[0]));
        reset(vm[1], system);
        reset(vm[2], data);
        assertThat(code(() -> {
            reset(vm[1], data);
            return null;
        })).isEqualTo("InvalidParameter.Mismatch");
        assertThat(code(() -> {
            reset("d-nothere000000000000", data);
            return null;
        })).isEqualTo("InvalidDiskId.NotFound");
        assertThat(code(() -> {
            reset(vm[2], "s-nothere000000000000");
            return null;
        })).isEqualTo("InvalidSnapshotId.NotFound");

        client.detachDisk(new DetachDiskRequest().setInstanceId(vm[0]).setDiskId(vm[2]));
        assertThat(code(() -> {
            reset(vm[2], data);
            return null;
        })).as("a disk attached to no instance").isEqualTo("IncorrectDiskStatus");
    }

    @Test
    void resetDisksResetsEveryDiskOrNone() throws Exception {
        String[] vm = instance();
        String system = snap(vm[1]);
        String data = snap(vm[2]);
        client.stopInstance(new StopInstanceRequest().setInstanceId(vm[0]));

        ResetDisksResponseBody done = client.resetDisks(new ResetDisksRequest().setRegionId(REGION).setDisk(List.of(
                new ResetDisksRequest.ResetDisksRequestDisk().setDiskId(vm[1]).setSnapshotId(system),
                new ResetDisksRequest.ResetDisksRequestDisk().setDiskId(vm[2]).setSnapshotId(data)))).getBody();
        assertThat(done.getOperationProgressSet().getOperationProgress()).hasSize(2).allSatisfy(p ->
                assertThat(p.getOperationStatus()).isEqualTo("Success"));
        assertThat(done.getOperationProgressSet().getOperationProgress())
                .extracting(p -> p.getRelatedItemSet().getRelatedItem().get(0).getValue())
                .containsExactly(vm[1], vm[2]);

        assertThat(code(() -> client.resetDisks(new ResetDisksRequest().setRegionId(REGION).setDisk(List.of(
                new ResetDisksRequest.ResetDisksRequestDisk().setDiskId(vm[1]).setSnapshotId(system),
                new ResetDisksRequest.ResetDisksRequestDisk().setDiskId(vm[2]).setSnapshotId(system))))))
                .isEqualTo("InvalidParameter.Mismatch");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        /** A Stopped instance's system disk and a snapshot of it. */
        private static String[] stopped(AliyunApi api) {
            String instance = api.instance(api.group());
            String disk = api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", instance, "DiskType", "system")
                    .path("Disks").path("Disk").path(0).path("DiskId").asString();
            String snapshot = api.ecs("CreateSnapshot", "DiskId", disk).path("SnapshotId").asString();
            api.ecs("StopInstance", "InstanceId", instance);
            return new String[] {disk, snapshot};
        }

        @Override
        public void register(Recipes r) {
            r.ecs("ResetDisk", api -> {
                String[] s = stopped(api);
                return AliyunApi.params("DiskId", s[0], "SnapshotId", s[1]);
            }).fails("InvalidSnapshotId.NotFound", api -> AliyunApi.params("DiskId", stopped(api)[0], "SnapshotId",
                    "s-missing"));
            r.ecs("ResetDisks", api -> {
                String[] s = stopped(api);
                return AliyunApi.params("RegionId", REGION, "Disk.1.DiskId", s[0], "Disk.1.SnapshotId", s[1]);
            });
        }
    }
}
