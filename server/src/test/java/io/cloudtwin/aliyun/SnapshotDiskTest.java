package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AttachDiskRequest;
import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DeleteSnapshotRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_ecs_disk with snapshot_id (CreateDisk SnapshotId): the disk takes the snapshot's source size when no Size is
 * given, refuses a smaller one (InvalidDiskSize.TooSmall) and an unknown snapshot (InvalidSnapshotId.NotFound), and
 * names its source. DescribeSnapshots' Usage (image, disk, image_disk, none) filters in the query: TotalCount counts
 * the matches, not the page. The race: a disk made from a snapshot while the snapshot is deleted.
 */
class SnapshotDiskTest extends ServerTestBase {
    private static final String ZONE = REGION + "-h";
    private static final String PUBLIC_IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    /** An instance with a 30 GiB data disk: [instance, system disk, data disk]. */
    private String[] instance() throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String id = client.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(ZONE).setImageId(PUBLIC_IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setDataDisk(List.of(
                        new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(30).setCategory("cloud_essd"))))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        return new String[] {id, disk(id, "system"), disk(id, "data")};
    }

    private String disk(String instance, String type) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance).setDiskType(type))
                .getBody().getDisks().getDisk().get(0).getDiskId();
    }

    private DescribeDisksResponseBodyDisksDisk diskById(String id) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskIds("[\"" + id + "\"]"))
                .getBody().getDisks().getDisk().get(0);
    }

    private String snap(String disk) throws Exception {
        return client.createSnapshot(new CreateSnapshotRequest().setDiskId(disk)).getBody().getSnapshotId();
    }

    private String fromSnapshot(String snapshot, Integer size) throws Exception {
        return client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE).setSnapshotId(snapshot)
                .setSize(size).setDiskName("restored")).getBody().getDiskId();
    }

    private DescribeSnapshotsResponseBody usage(String usage, Integer pageSize) throws Exception {
        return client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION).setUsage(usage)
                .setPageSize(pageSize)).getBody();
    }

    @Test
    void aDiskFromASnapshotAndTheUsageFilter() throws Exception {
        String[] vm = instance();
        String data = snap(vm[2]);

        String same = fromSnapshot(data, null);
        var d = diskById(same);
        assertThat(d.getSize()).as("the snapshot's source size").isEqualTo(30);
        assertThat(d.getSourceSnapshotId()).isEqualTo(data);
        assertThat(d.getType()).isEqualTo("data");
        assertThat(d.getStatus()).isEqualTo("Available");
        assertThat(diskById(fromSnapshot(data, 50)).getSize()).isEqualTo(50);
        assertThat(code(() -> fromSnapshot(data, 20))).isEqualTo("InvalidDiskSize.TooSmall");
        assertThat(code(() -> fromSnapshot("s-nothere0000000000", 40))).isEqualTo("InvalidSnapshotId.NotFound");
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskType("data")).getBody()
                .getTotalCount()).as("the refused ones made nothing").isEqualTo(3);

        // usage: data -> disks; system -> an image; both -> an image and a disk; two more -> nothing
        String system = snap(vm[1]);
        client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(system).setImageName("from-system"));
        String both = snap(vm[1]);
        client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(both).setImageName("from-both"));
        fromSnapshot(both, null);
        String idle1 = snap(vm[2]);
        String idle2 = snap(vm[2]);

        assertThat(usage("disk", null).getSnapshots().getSnapshot()).extracting(s -> s.getSnapshotId() + ":" + s.getUsage())
                .containsExactly(data + ":disk");
        assertThat(usage("image", null).getSnapshots().getSnapshot()).extracting(s -> s.getSnapshotId() + ":" + s.getUsage())
                .containsExactly(system + ":image");
        assertThat(usage("image_disk", null).getSnapshots().getSnapshot()).extracting(s -> s.getSnapshotId() + ":" + s.getUsage())
                .containsExactly(both + ":image_disk");
        assertThat(usage("none", null).getSnapshots().getSnapshot()).extracting(s -> s.getSnapshotId() + ":" + s.getUsage())
                .containsExactlyInAnyOrder(idle1 + ":none", idle2 + ":none");
        var page = usage("none", 1);
        assertThat(page.getTotalCount()).as("the matches, not the page").isEqualTo(2);
        assertThat(page.getSnapshots().getSnapshot()).hasSize(1);
        assertThat(usage("disk", 1).getTotalCount()).isEqualTo(1);
        assertThat(client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION)).getBody().getTotalCount())
                .isEqualTo(5);
    }

    @Test
    void anEncryptedSnapshotMakesEncryptedDisksOnly() throws Exception {
        String[] vm = instance();
        String plain = snap(vm[2]);
        String id = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE).setSnapshotId(plain)
                .setEncrypted(true)).getBody().getDiskId();
        assertThat(diskById(id).getEncrypted()).isTrue();
        client.attachDisk(new AttachDiskRequest().setDiskId(id).setInstanceId(vm[0]));
        String encrypted = snap(id);
        assertThat(code(() -> client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setSnapshotId(encrypted).setEncrypted(false)))).isEqualTo("InvalidEncrypted.NotMatchSnapshot");
        assertThat(diskById(fromSnapshot(encrypted, null)).getEncrypted()).isTrue();
    }

    @Test
    void aDiskMadeWhileItsSnapshotIsDeleted() throws Exception {
        String[] vm = instance();
        for (int round = 0; round < 4; round++) {
            String snapshot = snap(vm[2]);
            List<Future<String>> both = new ArrayList<>();
            both.add(racing().submit(() -> {
                try {
                    return fromSnapshot(snapshot, null);
                } catch (TeaException e) {
                    return "refused:" + e.getCode();
                }
            }));
            both.add(racing().submit(() -> {
                try {
                    client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(snapshot));
                    return "deleted";
                } catch (TeaException e) {
                    return "refused:" + e.getCode();
                }
            }));
            String made = both.get(0).get();
            String deleted = both.get(1).get();
            // exactly one wins: a disk of a snapshot that no longer stands, or a deletion that left a disk, never both
            assertThat(made.startsWith("refused:") ^ deleted.startsWith("refused:")).as(made + " / " + deleted).isTrue();
            if (deleted.equals("deleted")) {
                assertThat(made).isEqualTo("refused:InvalidSnapshotId.NotFound");
            } else {
                assertThat(diskById(made).getSourceSnapshotId()).isEqualTo(snapshot);
            }
        }
    }
}
