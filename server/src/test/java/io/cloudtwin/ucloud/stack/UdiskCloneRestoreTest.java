package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AttachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskSnapshotResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.DetachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.UDiskDataSet;

/**
 * CloneUDisk (a new UDisk of an existing disk's contents: its zone, its type, at least its size) and RestoreUDisk (a
 * disk rolled back to one of its own snapshots while attached to no host) through the real UCloud Java client,
 * decoded into the SDKs' models; a clone raced against its source's deletion, a restore against an attach.
 */
class UdiskCloneRestoreTest extends StackScenario {
    private String disk(String zone, int size, String name, String type) throws Exception {
        return call(CreateUDiskResponse.class, "CreateUDisk", "Zone", zone, "Size", size, "DiskType", type,
                "ChargeType", "Dynamic", "Name", name).udiskId.get(0);
    }

    private String snapshot(String disk) throws Exception {
        return call(CreateUDiskSnapshotResponse.class, "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name",
                "snap").snapshotId.get(0);
    }

    @Test
    void cloneMakesOneDiskOfTheSourcesZoneTypeAndAtLeastItsSize() throws Exception {
        String source = disk(ZONE, 30, "source", "SSDDataDisk");
        List<String> ids = call(CreateUDiskResponse.class, "CloneUDisk", "Zone", ZONE, "Name", "copy", "SourceId",
                source, "Comment", "a copy", "ChargeType", "Month", "Quantity", 2, "Tag", "clones").udiskId;
        assertThat(ids).as("Quantity is the purchase duration: one disk").hasSize(1);
        UDiskDataSet copy = describeDisk(ids.get(0));
        assertThat(copy.udiskId).matches("bsm-[a-z0-9]{8}").isNotEqualTo(source);
        assertThat(copy.name).isEqualTo("copy");
        assertThat(copy.zone).isEqualTo(ZONE);
        assertThat(copy.size).as("the source's size by default").isEqualTo(30);
        assertThat(copy.diskType).isEqualTo("SSDDataDisk");
        assertThat(copy.status).isEqualTo("Available");
        assertThat(copy.chargeType).isEqualTo("Month");
        assertThat(copy.tag).isEqualTo("clones");
        assertThat(copy.uhostId).isEmpty();
        assertThat(describeDisk(source).name).as("the source is left as it was").isEqualTo("source");

        String larger = call(CreateUDiskResponse.class, "CloneUDisk", "Zone", ZONE, "Name", "larger", "SourceId",
                source, "Size", 50).udiskId.get(0);
        assertThat(describeDisk(larger).size).isEqualTo(50);
        assertThat(describeDisk(larger).tag).isEqualTo("Default");

        // an attached disk is cloned too
        String host = runningHost(ZONE);
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", source);
        String ofAttached = call(CreateUDiskResponse.class, "CloneUDisk", "Zone", ZONE, "Name", "hot", "SourceId",
                source).udiskId.get(0);
        assertThat(describeDisk(ofAttached).status).isEqualTo("Available");

        long before = call(DescribeUDiskResponse.class, "DescribeUDisk").totalCount;
        refused(17015, "CloneUDisk", "Zone", ZONE, "Name", "smaller", "SourceId", source, "Size", 20);
        refused(17015, "CloneUDisk", "Zone", "cn-bj2-03", "Name", "far", "SourceId", source);
        refused(230, "CloneUDisk", "Zone", ZONE, "Name", "huge", "SourceId", source, "Size", 9000);
        refused(17041, "CloneUDisk", "Zone", ZONE, "Name", "none", "SourceId", "bsm-nothere0");
        refused(220, "CloneUDisk", "Zone", ZONE, "SourceId", source);
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk").totalCount).as("refusals make nothing")
                .isEqualTo(before);
    }

    @Test
    void restoreRollsADetachedDiskBackToOneOfItsSnapshots() throws Exception {
        String host = runningHost(ZONE);
        String d = disk(ZONE, 20, "data", "DataDisk");
        String other = disk(ZONE, 20, "other", "DataDisk");
        String snap = snapshot(d);
        String othersSnap = snapshot(other);
        call(Response.class, "ResizeUDisk", "Zone", ZONE, "UDiskId", d, "Size", 40);

        call(Response.class, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", snap);
        UDiskDataSet after = describeDisk(d);
        assertThat(after.status).isEqualTo("Available");
        assertThat(after.size).as("a disk only grows: it keeps its size").isEqualTo(40);
        assertThat(after.snapshotCount).as("the snapshot stays").isEqualTo(1);

        refused(17080, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", othersSnap);
        refused(17045, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", "bsSnap-nothere0");
        refused(17041, "RestoreUDisk", "Zone", ZONE, "UDiskId", "bsm-nothere0", "SnapshotId", snap);
        refused(220, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotTime", 1473646985);
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", d);
        refused(17096, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", snap);
        call(DetachUDiskResponse.class, "DetachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", d);
        call(Response.class, "RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", snap);
    }

    @Test
    void aRestoreRacedWithAnAttachNeverLeavesTheDiskRestoredWhileAttached() throws Exception {
        String host = runningHost(ZONE);
        for (int round = 0; round < 6; round++) {
            String d = disk(ZONE, 20, "r" + round, "DataDisk");
            String snap = snapshot(d);
            int[] codes = race(() -> retCode("RestoreUDisk", "Zone", ZONE, "UDiskId", d, "SnapshotId", snap),
                    () -> retCode("AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", d));
            assertThat(codes[1]).as("the attach always goes through").isZero();
            assertThat(codes[0]).as("the restore came first, or found the disk attached").isIn(0, 17096);
            assertThat(describeDisk(d).status).isEqualTo("InUse");
            call(DetachUDiskResponse.class, "DetachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", d);
        }
    }

    @Test
    void aCloneRacedWithItsSourcesDeletionGoesOneWay() throws Exception {
        for (int round = 0; round < 6; round++) {
            String source = disk(ZONE, 20, "s" + round, "DataDisk");
            int[] codes = race(() -> retCode("CloneUDisk", "Zone", ZONE, "Name", "c" + source, "SourceId", source),
                    () -> retCode("DeleteUDisk", "Zone", ZONE, "UDiskId", source));
            assertThat(codes[1]).as("the deletion always goes through").isZero();
            assertThat(codes[0]).as("the clone came first, or found the source gone").isIn(0, 17041);
            assertThat(describeDisk(source)).isNull();
            List<UDiskDataSet> clones = call(DescribeUDiskResponse.class, "DescribeUDisk", "UDiskName", "c" + source)
                    .dataSet;
            assertThat(clones).hasSize(codes[0] == 0 ? 1 : 0);
        }
    }
}
