package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.stack.StackApi.AttachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskSnapshotResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUDiskSnapshotResponse;
import io.cloudtwin.ucloud.stack.StackApi.UDiskDataSet;
import io.cloudtwin.ucloud.stack.StackApi.UDiskSnapshotSet;

/**
 * UDisk snapshots through the real UCloud Java client, decoded into the SDKs' UDiskSnapshotSet: CreateUDiskSnapshot,
 * DescribeUDiskSnapshot (by id, by disk, by zone, paged; an unknown id is an empty DataSet), DeleteUDiskSnapshot and
 * CloneUDiskSnapshot (a new disk of the snapshot). The rules: at most 3 snapshots stand per disk (17011), a snapshot
 * outlives its disk (IsUDiskAvailable false), a disk being attached is not snapshotted (17101); the races for them;
 * the state round trip.
 */
class UdiskSnapshotScenarioTest extends StackScenario {
    private String disk(String zone, int size, String name, String type) throws Exception {
        return call(CreateUDiskResponse.class, "CreateUDisk", "Zone", zone, "Size", size, "DiskType", type,
                "ChargeType", "Dynamic", "Name", name).udiskId.get(0);
    }

    private String snapshot(String disk, String name) throws Exception {
        List<String> ids = call(CreateUDiskSnapshotResponse.class, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk,
                "Name", name, "Comment", "note of " + name).snapshotId;
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** DescribeUDiskSnapshot by SnapshotId; null when the DataSet is empty (gone). */
    private UDiskSnapshotSet describe(String id) throws Exception {
        List<UDiskSnapshotSet> set = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot", "SnapshotId",
                id).dataSet;
        assertThat(set).hasSizeLessThanOrEqualTo(1);
        return set.isEmpty() ? null : set.get(0);
    }

    @Test
    void snapshotsOfADiskTheirListingsAndClones() throws Exception {
        String host = runningHost(ZONE);
        String disk = disk(ZONE, 30, "data-1", "SSDDataDisk");
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", disk);
        String first = snapshot(disk, "first");
        assertThat(first).matches("bsSnap-[a-z0-9]{8}");

        UDiskSnapshotSet s = describe(first);
        assertThat(s.snapshotId).isEqualTo(first);
        assertThat(s.zone).isEqualTo(ZONE);
        assertThat(s.name).isEqualTo("first");
        assertThat(s.comment).isEqualTo("note of first");
        assertThat(s.udiskId).isEqualTo(disk);
        assertThat(s.udiskName).isEqualTo("data-1");
        assertThat(s.size).isEqualTo(30);
        assertThat(s.status).isEqualTo("Normal");
        assertThat(s.diskType).as("2: an SSD data disk, in the SDKs' list").isEqualTo(2);
        assertThat(s.uhostId).as("the host the disk was attached to then").isEqualTo(host);
        assertThat(s.isUDiskAvailable).isTrue();
        assertThat(s.createTime).isPositive();
        assertThat(s.ukmsMode).isEqualTo("No");

        // a disk never attached has snapshots too; at most 3 stand per disk
        String loose = disk(ZONE, 10, "loose", "DataDisk");
        String l1 = snapshot(loose, "l1");
        snapshot(loose, "l2");
        snapshot(loose, "l3");
        refused(17011, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", loose, "Name", "l4");
        UDiskDataSet counted = describeDisk(loose);
        assertThat(counted.snapshotCount).isEqualTo(3);
        assertThat(counted.snapshotLimit).isEqualTo(3);
        assertThat(describeDisk(disk).snapshotCount).isEqualTo(1);
        call(Response.class, "DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", l1);
        assertThat(describe(l1)).as("gone: RetCode 0, empty DataSet").isNull();
        snapshot(loose, "l4");

        // listings: by disk, by zone, paged
        DescribeUDiskSnapshotResponse byDisk = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot",
                "UDiskId", loose);
        assertThat(byDisk.totalCount).isEqualTo(3);
        assertThat(byDisk.dataSet).extracting(x -> x.name).containsExactly("l2", "l3", "l4");
        DescribeUDiskSnapshotResponse page = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot",
                "Offset", 1, "Limit", 2);
        assertThat(page.totalCount).isEqualTo(4);
        assertThat(page.dataSet).extracting(x -> x.name).containsExactly("l2", "l3");
        assertThat(call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot", "Zone", "cn-bj2-03").dataSet)
                .isEmpty();
        assertThat(call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot", "Zone", ZONE).totalCount)
                .isEqualTo(4);
        assertThat(describe("bsSnap-nothere0")).isNull();

        // refusals: unknown disk, unknown snapshot, a snapshot named with another disk, no SnapshotId
        refused(17041, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", "bsm-nothere0", "Name", "x");
        refused(220, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", loose);
        refused(17045, "DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", "bsSnap-nothere0");
        refused(17045, "DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", first, "UDiskId", loose);
        refused(220, "DeleteUDiskSnapshot", "Zone", ZONE, "UDiskId", loose);

        // a clone: a new disk of the snapshot's type, at least its size
        refused(17020, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "small", "SourceId", first, "Size", 20);
        refused(17045, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "none", "SourceId", "bsSnap-nothere0");
        refused(230, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "huge", "SourceId", first, "Size", 9000);
        refused(230, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "long", "SourceId", first, "Comment", "c".repeat(300));
        List<String> cloned = call(CreateUDiskResponse.class, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "copy",
                "SourceId", first, "Comment", "from first").udiskId;
        assertThat(cloned).hasSize(1);
        UDiskDataSet copy = describeDisk(cloned.get(0));
        assertThat(copy.name + " " + copy.size + " " + copy.diskType + " " + copy.status + " " + copy.tag)
                .isEqualTo("copy 30 SSDDataDisk Available Default");
        String bigger = call(CreateUDiskResponse.class, "CloneUDiskSnapshot", "Zone", ZONE, "Name", "bigger",
                "SourceId", first, "Size", 50, "Tag", "db").udiskId.get(0);
        assertThat(describeDisk(bigger).size).isEqualTo(50);

        // a snapshot outlives its disk; the snapshot's deletion leaves the disks cloned from it
        call(StackApi.DetachUDiskResponse.class, "DetachUDisk", "Zone", ZONE, "UDiskId", disk, "HostId", host);
        call(Response.class, "DeleteUDisk", "Zone", ZONE, "UDiskId", disk);
        UDiskSnapshotSet orphan = describe(first);
        assertThat(orphan.isUDiskAvailable).isFalse();
        assertThat(orphan.udiskName).isEqualTo("data-1");
        call(Response.class, "DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", first);
        assertThat(describe(first)).isNull();
        assertThat(describeDisk(cloned.get(0))).isNotNull();
    }

    @Test
    void aDiskBeingAttachedIsNotSnapshotted() throws Exception {
        String host = runningHost(ZONE);
        String disk = disk(ZONE, 10, "busy", "DataDisk");
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":2000}");
        try {
            call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", disk);
            refused(17101, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name", "x");
        } finally {
            admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":0}");
        }
        assertThat(call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot", "UDiskId", disk).dataSet)
                .isEmpty();
    }

    @Test
    void twoSnapshotsForTheLastPlaceOfADiskOneWins() throws Exception {
        for (int round = 0; round < 6; round++) {
            String disk = disk(ZONE, 10, "race-" + round, "DataDisk");
            snapshot(disk, "a");
            snapshot(disk, "b");
            int[] codes = race(() -> retCode("CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name", "x"),
                    () -> retCode("CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name", "y"));
            assertThat(codes).containsExactlyInAnyOrder(0, 17011);
            assertThat(call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot", "UDiskId", disk).totalCount)
                    .isEqualTo(3);
        }
    }

    @Test
    void aSnapshotTakenWhileItsDiskIsDeletedIsTakenBeforeOrRefused() throws Exception {
        for (int round = 0; round < 6; round++) {
            String disk = disk(ZONE, 10, "race-" + round, "DataDisk");
            int[] codes = race(() -> retCode("CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name", "x"),
                    () -> retCode("DeleteUDisk", "Zone", ZONE, "UDiskId", disk));
            assertThat(codes[1]).isZero();
            assertThat(codes[0]).isIn(0, 17041);
            List<UDiskSnapshotSet> left = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot",
                    "UDiskId", disk).dataSet;
            // taken first: it stands, its disk gone; refused: nothing was taken
            assertThat(left).hasSize(codes[0] == 0 ? 1 : 0);
            left.forEach(x -> assertThat(x.isUDiskAvailable).isFalse());
            assertThat(describeDisk(disk)).isNull();
        }
    }

    @Test
    void oneSnapshotDeletedTwiceAtOnceGoesOnce() throws Exception {
        String disk = disk(ZONE, 10, "twice", "DataDisk");
        for (int round = 0; round < 6; round++) {
            String snap = snapshot(disk, "s" + round);
            int[] codes = race(() -> retCode("DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", snap),
                    () -> retCode("DeleteUDiskSnapshot", "Zone", ZONE, "SnapshotId", snap));
            assertThat(codes).containsExactlyInAnyOrder(0, 17045);
            assertThat(describe(snap)).isNull();
        }
    }

    @Test
    void snapshotsSurviveAStateRoundTrip() throws Exception {
        String disk = disk(ZONE, 20, "kept", "RSSDDataDisk");
        snapshot(disk, "one");
        String gone = disk(ZONE, 10, "gone", "DataDisk");
        snapshot(gone, "orphan");
        call(Response.class, "DeleteUDisk", "Zone", ZONE, "UDiskId", gone);
        List<UDiskSnapshotSet> before = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot").dataSet;
        assertThat(before).hasSize(2);

        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot").dataSet).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        List<UDiskSnapshotSet> after = call(DescribeUDiskSnapshotResponse.class, "DescribeUDiskSnapshot").dataSet;
        assertThat(after).extracting(UdiskSnapshotScenarioTest::line)
                .containsExactlyElementsOf(before.stream().map(UdiskSnapshotScenarioTest::line).toList());
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("snapshots"))
                .isEqualTo(exported.get("snapshots"));
    }

    private static String line(UDiskSnapshotSet s) {
        return String.join(" ", s.snapshotId, s.zone, s.name, s.comment, s.udiskId, s.udiskName, "" + s.size,
                "" + s.diskType, "" + s.isUDiskAvailable, s.uhostId);
    }
}
