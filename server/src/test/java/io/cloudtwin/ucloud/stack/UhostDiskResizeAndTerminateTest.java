package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.AttachUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.ResizeAttachedDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostDiskSet;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;
import io.cloudtwin.ucloud.stack.StackApi.UnetEIPSet;

/**
 * UHost's ResizeAttachedDisk as terraform-provider-ucloud drives it (ucloud_instance boot_disk_size / data_disk_size
 * with the host stopped first; ucloud_disk of an attached disk) and TerminateUHostInstance with ReleaseEIP and
 * ReleaseUDisk as ucloud-cli's `uhost delete` sends them (both true by default), through the real client.
 */
class UhostDiskResizeAndTerminateTest extends StackScenario {
    private String host() throws Exception {
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "true",
                "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20, "Disks.1.IsBoot", "false", "Disks.1.Type",
                "CLOUD_SSD", "Disks.1.Size", 30).uhostIds.get(0);
        waitState(id, "Running");
        return id;
    }

    private UHostInstanceSet describeHost(String id) throws Exception {
        List<UHostInstanceSet> set = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0",
                id).uhostSet;
        return set.isEmpty() ? null : set.get(0);
    }

    private void waitState(String id, String state) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (describeHost(id).state.equals(state)) return;
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never became " + state);
    }

    private void stop(String host) throws Exception {
        call(UHostIdResponse.class, "PoweroffUHostInstance", "UHostId", host);
        waitState(host, "Stopped");
    }

    private String udisk(int size, String type) throws Exception {
        return call(CreateUDiskResponse.class, "CreateUDisk", "Zone", ZONE, "Size", size, "DiskType", type,
                "Name", "d").udiskId.get(0);
    }

    private String eip() throws Exception {
        return call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "Bandwidth", 2, "ChargeType",
                "Dynamic", "Name", "e").eipSet.get(0).eipId;
    }

    private UnetEIPSet describeEip(String id) throws Exception {
        List<UnetEIPSet> set = call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", id).eipSet;
        return set.isEmpty() ? null : set.get(0);
    }

    private int sizeOf(String host, String diskId) throws Exception {
        return describeHost(host).diskSet.stream().filter(d -> d.diskId.equals(diskId)).findFirst()
                .map(d -> d.size).orElseThrow();
    }

    @Test
    void theHostsOwnDisksGrowWhileItIsStopped() throws Exception {
        String host = host();
        List<UHostDiskSet> disks = describeHost(host).diskSet;
        String boot = disks.stream().filter(d -> d.isBoot.equals("True")).findFirst().orElseThrow().diskId;
        String data = disks.stream().filter(d -> d.isBoot.equals("False")).findFirst().orElseThrow().diskId;

        refused(8010, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", boot, "DiskSpace", 40);
        stop(host);
        ResizeAttachedDiskResponse grown = call(ResizeAttachedDiskResponse.class, "ResizeAttachedDisk", "Zone", ZONE,
                "UHostId", host, "DiskId", boot, "DiskSpace", 40);
        assertThat(grown.diskId).isEqualTo(boot);
        assertThat(grown.needRestart).isFalse();
        assertThat(sizeOf(host, boot)).isEqualTo(40);
        call(ResizeAttachedDiskResponse.class, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", data,
                "DiskSpace", 60);
        assertThat(sizeOf(host, data)).isEqualTo(60);

        // a dry run checks and changes nothing; never smaller, nor above the largest; only the host's disks
        call(ResizeAttachedDiskResponse.class, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", data,
                "DiskSpace", 100, "DryRun", true);
        assertThat(sizeOf(host, data)).isEqualTo(60);
        refused(8107, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", boot, "DiskSpace", 30);
        refused(8107, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", boot, "DiskSpace", 40_000);
        refused(8107, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", boot, "DiskSpace", 0);
        refused(8906, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", "bsi-nothere0", "DiskSpace", 50);
        refused(8039, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", "uhost-nothere0", "DiskId", boot,
                "DiskSpace", 50);
        String other = host();
        refused(8906, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", other, "DiskId", boot, "DiskSpace", 50);
        assertThat(sizeOf(host, boot)).isEqualTo(40);
    }

    @Test
    void aUDiskAttachedToTheHostGrowsInAnyState() throws Exception {
        String host = host();
        String disk = udisk(20, "DataDisk");
        refused(8906, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", disk, "DiskSpace", 30);
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", disk);
        call(ResizeAttachedDiskResponse.class, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", disk,
                "DiskSpace", 30);
        assertThat(describeDisk(disk).size).isEqualTo(30);
        refused(8107, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", disk, "DiskSpace", 9000);
        refused(8107, "ResizeAttachedDisk", "Zone", ZONE, "UHostId", host, "DiskId", disk, "DiskSpace", 25);
        assertThat(describeDisk(disk).size).isEqualTo(30);
    }

    @Test
    void terminatingWithReleaseEipAndReleaseUDiskReleasesThem() throws Exception {
        String host = host();
        String eip = eip();
        call(Response.class, "BindEIP", "EIPId", eip, "ResourceId", host, "ResourceType", "uhost");
        String disk = udisk(10, "DataDisk");
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", host, "UDiskId", disk);
        stop(host);
        // ucloud-cli's uhost delete: Destroy 0, ReleaseEIP true, ReleaseUDisk true
        TerminateUHostInstanceResponse gone = call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance",
                "UHostId", host, "Destroy", 0, "ReleaseEIP", true, "ReleaseUDisk", true);
        assertThat(gone.uhostId).isEqualTo(host);
        assertThat(describeHost(host)).isNull();
        assertThat(describeEip(eip)).as("released, not only unbound").isNull();
        assertThat(describeDisk(disk)).as("deleted with the host").isNull();

        // without them (Terraform's default: neither sent): the EIP is free, the disk detached
        String second = host();
        String kept = eip();
        call(Response.class, "BindEIP", "EIPId", kept, "ResourceId", second, "ResourceType", "uhost");
        String keptDisk = udisk(10, "DataDisk");
        call(AttachUDiskResponse.class, "AttachUDisk", "Zone", ZONE, "HostId", second, "UDiskId", keptDisk);
        stop(second);
        call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance", "UHostId", second);
        assertThat(describeEip(kept).status).isEqualTo("free");
        assertThat(describeDisk(keptDisk).status).isEqualTo("Available");
    }

    @Test
    void anEipBoundWhileItsHostIsTerminatedIsReleasedWithItOrStaysFree() throws Exception {
        for (int round = 0; round < 6; round++) {
            String host = host();
            stop(host);
            String eip = eip();
            int[] codes = race(() -> retCode("BindEIP", "EIPId", eip, "ResourceId", host, "ResourceType", "uhost"),
                    () -> retCode("TerminateUHostInstance", "UHostId", host, "ReleaseEIP", true));
            assertThat(codes[1]).isZero();
            UnetEIPSet left = describeEip(eip);
            if (codes[0] == 0) {
                assertThat(left).as("bound first: released with the host").isNull();
            } else {
                assertThat(left.status).as("refused (%s): still free", codes[0]).isEqualTo("free");
            }
        }
    }
}
