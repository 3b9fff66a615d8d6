package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.net.StrictClient;
import io.cloudtwin.ucloud.stack.StackApi.AttachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateAttachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.DetachDeleteUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.DetachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UDiskDataSet;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;

/**
 * ucloud_disk and ucloud_disk_attachment as terraform-provider-ucloud (v1.39.2, resource_ucloud_disk*.go,
 * service_ucloud_udisk.go) drives them, through the real UCloud Java client: CreateUDisk with the provider's defaults
 * (ChargeType Month, DataDisk), its waiter on DescribeUDisk (UDiskId, no Zone) until Available, RenameUDisk and
 * ResizeUDisk, AttachUDisk with HostId and the waiter that accepts only Attaching then InUse, the detach loop
 * (DescribeUDisk, DetachUDisk, Detaching then Available), DeleteUDisk and the read that finds it gone (empty
 * DataSet). Then the rules, the races for them, and the state round trip.
 */
class UdiskScenarioTest extends StackScenario {
    /** ucloud_disk create: what the provider sends, with its defaults. */
    private String createDisk(String zone, int size, String name) throws Exception {
        List<String> ids = call(CreateUDiskResponse.class, "CreateUDisk", "Zone", zone, "Size", size, "DiskType",
                "DataDisk", "ChargeType", "Month", "Quantity", 1, "Name", name, "Tag", "Default").udiskId;
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** The provider's StateChangeConf: pending states until target; any other state is an error. */
    private List<String> waitFor(String id, List<String> pending, String target) throws Exception {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String status = describeDisk(id).status;
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) seen.add(status);
            if (status.equals(target)) return seen;
            assertThat(pending).as("unexpected state %s of %s", status, id).contains(status);
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never became " + target + ": " + seen);
    }

    @Test
    void terraformDiskAndAttachment() throws Exception {
        String host = runningHost(ZONE);
        String disk = createDisk(ZONE, 20, "tf-disk");
        assertThat(disk).matches("bsm-[a-z0-9]{8}");
        waitFor(disk, List.of(), "Available");
        UDiskDataSet read = describeDisk(disk);
        assertThat(read.zone).isEqualTo(ZONE);
        assertThat(read.name).isEqualTo("tf-disk");
        assertThat(read.tag).isEqualTo("Default");
        assertThat(read.size).isEqualTo(20);
        assertThat(read.chargeType).isEqualTo("Month");
        assertThat(read.diskType).isEqualTo("DataDisk");
        assertThat(read.createTime).isPositive();
        assertThat(read.uhostId).isEmpty();

        // update: rename, grow (detached: ResizeUDisk, then the waiter)
        call(Response.class, "RenameUDisk", "Zone", ZONE, "UDiskId", disk, "UDiskName", "tf-disk-2");
        call(Response.class, "ResizeUDisk", "Zone", ZONE, "UDiskId", disk, "Size", 40);
        waitFor(disk, List.of(), "Available");
        assertThat(describeDisk(disk)).satisfies(d -> {
            assertThat(d.name).isEqualTo("tf-disk-2");
            assertThat(d.size).isEqualTo(40);
        });

        // ucloud_disk_attachment: AttachUDisk with HostId; a delay shows Attaching before InUse
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":300}");
        AttachUDiskResponse attached = call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host,
                "UDiskId", disk);
        assertThat(attached.udiskId).isEqualTo(disk);
        assertThat(attached.uhostId).isEqualTo(host);
        assertThat(attached.deviceName).startsWith("/dev/");
        assertThat(waitFor(disk, List.of("Attaching"), "InUse")).containsExactly("Attaching", "InUse");
        UDiskDataSet inUse = describeDisk(disk);
        assertThat(inUse.uhostId).isEqualTo(host);
        assertThat(inUse.deviceName).isEqualTo(attached.deviceName);
        assertThat(inUse.uhostName).isNotEmpty();

        // while attached: not deleted (17026), not resized by ResizeUDisk (17026), not attached elsewhere (17057)
        refused(17026, "DeleteUDisk", "Zone", ZONE, "UDiskId", disk);
        refused(17026, "ResizeUDisk", "Zone", ZONE, "UDiskId", disk, "Size", 50);
        refused(17057, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", disk);

        // destroy the attachment: DescribeUDisk, DetachUDisk (HostId), Detaching then Available
        assertThat(describeDisk(disk).uhostId).isEqualTo(host);
        DetachUDiskResponse detached = call(DetachUDiskResponse.class, "DetachUDisk", "Zone", ZONE, "UDiskId", disk,
                "HostId", host);
        assertThat(detached.uhostId).isEqualTo(host);
        refused(17061, "DetachUDisk", "Zone", ZONE, "UDiskId", disk, "HostId", host);
        assertThat(waitFor(disk, List.of("Detaching"), "Available")).containsExactly("Detaching", "Available");
        assertThat(describeDisk(disk).uhostId).isEmpty();
        // the provider's detach loop ignores 17060 (not attached to that host)
        refused(17060, "DetachUDisk", "Zone", ZONE, "UDiskId", disk, "HostId", host);
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":0}");

        // destroy the disk: DeleteUDisk, then DescribeUDisk: empty = gone
        call(Response.class, "DeleteUDisk", "Zone", ZONE, "UDiskId", disk);
        assertThat(describeDisk(disk)).isNull();
        refused(17041, "DeleteUDisk", "Zone", ZONE, "UDiskId", disk);
    }

    @Test
    void theRulesListingsAndTerminations() throws Exception {
        String host = runningHost(ZONE);
        String elsewhere = createDisk("cn-bj2-03", 20, "far");
        refused(17055, "AttachUDisk", "Zone", "cn-bj2-03", "HostId", host, "UDiskId", elsewhere);
        refused(220, "AttachUDisk", "Zone", ZONE, "UDiskId", elsewhere);
        refused(17041, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", "bsm-nothere0");
        refused(230, "AttachUDisk", "Zone", ZONE, "HostId", "uhost-nothere0", "UDiskId", elsewhere);
        refused(17025, "ResizeUDisk", "Zone", "cn-bj2-03", "UDiskId", elsewhere, "Size", 10);
        refused(230, "ResizeUDisk", "Zone", "cn-bj2-03", "UDiskId", elsewhere, "Size", 9000);
        refused(230, "CreateUDisk", "Zone", ZONE, "Size", 0, "Name", "x");
        refused(230, "CreateUDisk", "Zone", ZONE, "Size", 10, "Name", "x", "DiskType", "FloppyDisk");
        refused(220, "CreateUDisk", "Zone", ZONE, "Size", 10);

        // Quantity is the purchase duration (create_udisk.md: 购买时长), not a count: one disk per call; filters, paging
        List<String> three = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            List<String> made = call(CreateUDiskResponse.class, "CreateUDisk", "Zone", ZONE, "Size", 10, "Name",
                    "many", "DiskType", "SSDDataDisk", "ChargeType", "Month", "Quantity", 3, "Tag", "db").udiskId;
            assertThat(made).as("Quantity 3 months makes one disk").hasSize(1);
            three.add(made.get(0));
        }
        assertThat(three).doesNotHaveDuplicates();
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk").totalCount).isEqualTo(4);
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk", "Zone", ZONE).dataSet)
                .extracting(d -> d.udiskId).containsExactlyElementsOf(three);
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk", "Tag", "db", "Offset", 1, "Limit", 1).dataSet)
                .extracting(d -> d.udiskId).containsExactly(three.get(1));
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk", "DiskType", "DataDisk").dataSet)
                .extracting(d -> d.udiskId).containsExactly(elsewhere);
        DescribeUDiskResponse page = call(DescribeUDiskResponse.class, "DescribeUDisk", "Offset", 2, "Limit", 2);
        assertThat(page.totalCount).isEqualTo(4);
        assertThat(page.dataSet).extracting(d -> d.udiskId).containsExactly(three.get(1), three.get(2));
        refused(230, "DescribeUDisk", "Limit", 0);
        assertThat(describeDisk("bsm-nothere0")).as("gone: RetCode 0, empty DataSet").isNull();

        // Status filter; a host's termination detaches its UDisks (they are not deleted with it)
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "UHostId", host, "UDiskId", three.get(0));
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk", "Status", "InUse").dataSet)
                .extracting(d -> d.udiskId).containsExactly(three.get(0));
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", host);
        call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance", "UHostId", host);
        assertThat(describeDisk(three.get(0))).satisfies(d -> {
            assertThat(d.status).isEqualTo("Available");
            assertThat(d.uhostId).isEmpty();
        });

        // another project does not see them
        StrictClient second = new StrictClient(baseUrl(), REGION, "org-second", UCLOUD_PUBLIC, UCLOUD_PRIVATE);
        assertThat(second.call(new SdkCall("DescribeUDisk"), DescribeUDiskResponse.class).dataSet).isEmpty();
    }

    /** CreateAttachUDisk and DetachDeleteUDisk: each one call for two steps, both or neither. */
    @Test
    void aDiskMadeAttachedAndDetachedDeletedInOneCall() throws Exception {
        String host = runningHost(ZONE);
        var made = call(CreateAttachUDiskResponse.class, "CreateAttachUDisk", "Zone", ZONE, "Size", 30, "Name",
                "both", "DiskType", "SSDDataDisk", "UHostId", host);
        assertThat(made.uhostId).isEqualTo(host);
        UDiskDataSet d = describeDisk(made.udiskId);
        assertThat(d.status + " " + d.uhostId + " " + d.size + " " + d.deviceName)
                .isEqualTo("InUse " + host + " 30 " + made.deviceName);

        String elsewhere = runningHost("cn-bj2-03");
        int before = call(DescribeUDiskResponse.class, "DescribeUDisk").dataSet.size();
        refused(17055, "CreateAttachUDisk", "Zone", ZONE, "Size", 20, "Name", "far", "UHostId", elsewhere);
        refused(220, "CreateAttachUDisk", "Zone", ZONE, "Size", 20, "Name", "nowhere");
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk").dataSet).as("neither made").hasSize(before);

        refused(17060, "DetachDeleteUDisk", "UDiskId", made.udiskId, "UHostId", elsewhere);
        assertThat(describeDisk(made.udiskId).status).as("neither detached nor deleted").isEqualTo("InUse");
        var gone = call(DetachDeleteUDiskResponse.class, "DetachDeleteUDisk", "UDiskId", made.udiskId, "UHostId", host);
        assertThat(gone.udiskId + " " + gone.uhostId).isEqualTo(made.udiskId + " " + host);
        assertThat(call(DescribeUDiskResponse.class, "DescribeUDisk", "UDiskId", made.udiskId).dataSet).isEmpty();
    }

    @Test
    void oneDiskAttachedToTwoHostsAtOnceGoesToOne() throws Exception {
        String a = runningHost(ZONE);
        String b = runningHost(ZONE);
        for (int round = 0; round < 8; round++) {
            String disk = createDisk(ZONE, 10, "race-" + round);
            int[] codes = race(() -> retCode("AttachUDisk", "Zone", ZONE, "HostId", a, "UDiskId", disk),
                    () -> retCode("AttachUDisk", "Zone", ZONE, "HostId", b, "UDiskId", disk));
            assertThat(codes).containsExactlyInAnyOrder(0, 17057);
            assertThat(describeDisk(disk).uhostId).isEqualTo(codes[0] == 0 ? a : b);
        }
    }

    @Test
    void aDiskAttachedWhileDeletedEitherIsAttachedOrGone() throws Exception {
        String a = runningHost(ZONE);
        for (int round = 0; round < 8; round++) {
            String disk = createDisk(ZONE, 10, "race-" + round);
            int[] codes = race(() -> retCode("AttachUDisk", "Zone", ZONE, "HostId", a, "UDiskId", disk),
                    () -> retCode("DeleteUDisk", "Zone", ZONE, "UDiskId", disk));
            if (codes[0] == 0) {
                assertThat(codes[1]).isEqualTo(17026);
                assertThat(describeDisk(disk).uhostId).isEqualTo(a);
            } else {
                assertThat(codes).containsExactly(17041, 0);
                assertThat(describeDisk(disk)).isNull();
            }
        }
    }

    @Test
    void disksSurviveAStateRoundTrip() throws Exception {
        String host = runningHost(ZONE);
        String loose = call(CreateUDiskResponse.class, "CreateUDisk", "Zone", ZONE, "Size", 30, "Name", "loose",
                "DiskType", "RSSDDataDisk", "ChargeType", "Dynamic", "Tag", "web").udiskId.get(0);
        String used = createDisk(ZONE, 20, "used");
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", used);
        List<UDiskDataSet> before = call(DescribeUDiskResponse.class, "DescribeUDisk").dataSet;

        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        List<UDiskDataSet> after = call(DescribeUDiskResponse.class, "DescribeUDisk").dataSet;
        assertThat(after).extracting(d -> d.udiskId + " " + d.name + " " + d.size + " " + d.diskType + " "
                + d.chargeType + " " + d.tag + " " + d.status + " " + d.uhostId + " " + d.deviceName)
                .containsExactlyElementsOf(before.stream().map(d -> d.udiskId + " " + d.name + " " + d.size + " "
                        + d.diskType + " " + d.chargeType + " " + d.tag + " " + d.status + " " + d.uhostId + " "
                        + d.deviceName).toList());
        assertThat(after).extracting(d -> d.udiskId).contains(loose, used);
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("disks"))
                .isEqualTo(exported.get("disks"));
    }
}
