package io.cloudtwin.dialect.ucloud.udisk;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.empty;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.compute.Disk;
import io.cloudtwin.core.compute.DiskFilter;
import io.cloudtwin.core.compute.DiskService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.Snapshot;
import io.cloudtwin.core.compute.SnapshotFilter;
import io.cloudtwin.core.compute.SnapshotService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.api.UDiskCloneFields;
import io.cloudtwin.dialect.ucloud.udisk.api.AttachUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.AttachUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.CloneUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.CloneUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.CloneUDiskSnapshotRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.CloneUDiskSnapshotResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateAttachUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateAttachUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateUDiskSnapshotRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.CreateUDiskSnapshotResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.DeleteUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DeleteUDiskSnapshotRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DescribeUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DescribeUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.DescribeUDiskSnapshotRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DescribeUDiskSnapshotResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.DetachDeleteUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DetachDeleteUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.DetachUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.DetachUDiskResponse;
import io.cloudtwin.dialect.ucloud.udisk.api.RenameUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.ResizeUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.RestoreUDiskRequest;
import io.cloudtwin.dialect.ucloud.udisk.api.UDiskDataSet;
import io.cloudtwin.dialect.ucloud.udisk.api.UDiskSnapshotSet;
import io.cloudtwin.dialect.ucloud.udisk.api.UdiskApi;

/**
 * UDisks: data disks of a zone, on the core's cloud-neutral disks (shared with Aliyun's ECS disks). DiskType is kept as
 * the disk's category (DataDisk, SSDDataDisk, RSSDDataDisk, EfficiencyDataDisk), Tag as its group. AttachUDisk and
 * DetachUDisk go through Attaching / Detaching while the transition delay runs (none by default), the states
 * terraform-provider-ucloud's waiters accept. UHost's own boot and data disks are not UDisks here.
 */
@Component
public record UDisks(DiskService disks, InstanceService instances, SnapshotService snapshots)
        implements UdiskApi.CreateUDisk, UdiskApi.CloneUDisk, UdiskApi.RestoreUDisk, UdiskApi.DescribeUDisk,
        UdiskApi.AttachUDisk, UdiskApi.DetachUDisk, UdiskApi.DeleteUDisk, UdiskApi.RenameUDisk, UdiskApi.ResizeUDisk,
        UdiskApi.CreateUDiskSnapshot, UdiskApi.DescribeUDiskSnapshot, UdiskApi.DeleteUDiskSnapshot,
        UdiskApi.CloneUDiskSnapshot, UdiskApi.CreateAttachUDisk, UdiskApi.DetachDeleteUDisk {
    private static final List<String> TYPES = List.of("DataDisk", "SSDDataDisk", "RSSDDataDisk", "EfficiencyDataDisk");
    /** DescribeUDisk documents no maximum Limit: this keeps a page bounded. */
    private static final int MAX_LIMIT = 10_000;
    /** The doc gives no longest Comment: a disk keeps 256 characters of description (a snapshot 512, REMARK). */
    private static final int MAX_DISK_COMMENT = 256;
    /** The manual snapshots a disk may hold: the 3 UCloud's disk snapshot service (USnap) gives each disk. */
    static final int SNAPSHOTS_PER_DISK = 3;
    private static final SnapshotService.Rules SNAPSHOT_RULES = new SnapshotService.Rules(false, SNAPSHOTS_PER_DISK);

    @Override
    public CreateUDiskResponse createUDisk(UcloudCall call, CreateUDiskRequest r) {
        String type = type(call, r.diskType());
        int size = size(call, type, r.size());
        String name = UcloudFormats.text(r.name(), "Name", NAME);
        var terms = terms(r.chargeType(), r.tag());
        Disk d = disks.create(call.scope(), Ids.random("bsm-", 8), new DiskService.NewDisk(r.zone(), name, "", type,
                size, false, false, "", null), terms, Map.of(), null);
        return new CreateUDiskResponse().setUDiskId(List.of(d.id()));
    }

    @Override
    public CreateAttachUDiskResponse createAttachUDisk(UcloudCall call, CreateAttachUDiskRequest r) {
        String type = type(call, r.diskType());
        int size = size(call, type, r.size());
        String name = UcloudFormats.text(r.name(), "Name", NAME);
        String host = host(call, r.hostId(), r.uHostId());
        // ChargeType as CreateUDisk's description defaults it (CreateAttachUDisk's gives no default)
        String chargeType = r.chargeType() == null ? "Dynamic" : r.chargeType();
        Disk d = disks.create(call.scope(), Ids.random("bsm-", 8), new DiskService.NewDisk(r.zone(), name, "", type,
                size, false, false, "", null), terms(chargeType, r.tag()), Map.of(), host);
        return new CreateAttachUDiskResponse().setUDiskId(d.id()).setUHostId(host).setHostId(host)
                .setDeviceName(d.device());
    }

    @Override
    public DetachDeleteUDiskResponse detachDeleteUDisk(UcloudCall call, DetachDeleteUDiskRequest r) {
        String host = host(call, r.hostId(), r.uHostId());
        disks.detachAndDelete(call.scope(), r.uDiskId(), host);
        return new DetachDeleteUDiskResponse().setUHostId(host).setHostId(host).setUDiskId(r.uDiskId());
    }

    @Override
    public CloneUDiskResponse cloneUDisk(UcloudCall call, CloneUDiskRequest r) {
        Disk source = disks.get(call.scope(), r.sourceId());
        if (source.system()) throw call.error(UcloudRetCode.UDISK_NOT_FOUND, r.sourceId());
        Clone c = cloneAsked(call, r, source.category());
        Disk d = disks.cloneDisk(call.scope(), source.id(), Ids.random("bsm-", 8), r.zone(), c.name(), c.comment(),
                r.size(), max(source.category()), c.terms());
        return new CloneUDiskResponse().setUDiskId(List.of(d.id()));
    }

    @Override
    public void restoreUDisk(UcloudCall call, RestoreUDiskRequest r) {
        if (empty(r.snapshotId())) throw call.missing("SnapshotId");
        snapshots.rollBack(call.scope(), r.uDiskId(), r.snapshotId());
    }

    @Override
    public DescribeUDiskResponse describeUDisk(UcloudCall call, DescribeUDiskRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        if ("True".equalsIgnoreCase(r.isBoot()) || (r.diskType() != null && !TYPES.contains(r.diskType()))) {
            return new DescribeUDiskResponse().setTotalCount(0).setDataSet(List.of());
        }
        DiskFilter filter = new DiskFilter(empty(r.uDiskId()) ? null : List.of(r.uDiskId()), null, r.zone(),
                Disk.DATA, r.diskType(), null, r.uDiskName());
        boolean inJava = r.tag() != null || (r.hasStatus() && !r.status().equalsIgnoreCase("All"));
        var listing = disks.listing(call.scope(), filter);
        Page<Disk> page;
        if (inJava) {
            // Tag and Status are matched here (a disk's transition settles at read time): over every candidate
            List<Disk> all = listing.page(0, MAX_LIMIT).items().stream()
                    .filter(d -> r.tag() == null || d.tag().equals(r.tag()))
                    .filter(d -> !r.hasStatus() || r.status().equalsIgnoreCase("All")
                            || status(d).equalsIgnoreCase(r.status()))
                    .toList();
            page = window.page(all);
        } else {
            page = listing.page(window.offset(), window.limit());
        }
        Map<String, Long> counts = snapshots.countsOfDisks(page.items().stream().map(Disk::id).toList());
        List<UDiskDataSet> out = new ArrayList<>();
        for (Disk d : page.items()) out.add(disk(call, d, counts.getOrDefault(d.id(), 0L).intValue()));
        return new DescribeUDiskResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(out);
    }

    @Override
    public AttachUDiskResponse attachUDisk(UcloudCall call, AttachUDiskRequest r) {
        String host = host(call, r.hostId(), r.uHostId());
        Disk d = disks.beginAttach(call.scope(), r.uDiskId(), host);
        return new AttachUDiskResponse().setUHostId(host).setHostId(host).setUDiskId(d.id()).setDeviceName(d.device());
    }

    @Override
    public DetachUDiskResponse detachUDisk(UcloudCall call, DetachUDiskRequest r) {
        String host = host(call, r.hostId(), r.uHostId());
        Disk d = disks.beginDetach(call.scope(), r.uDiskId(), host);
        return new DetachUDiskResponse().setUHostId(host).setHostId(host).setUDiskId(d.id());
    }

    @Override
    public void deleteUDisk(UcloudCall call, DeleteUDiskRequest r) {
        disks.delete(call.scope(), r.uDiskId());
    }

    @Override
    public void renameUDisk(UcloudCall call, RenameUDiskRequest r) {
        disks.get(call.scope(), r.uDiskId());
        disks.modify(call.scope(), List.of(r.uDiskId()), new DiskService.Changes(
                UcloudFormats.text(r.uDiskName(), "UDiskName", NAME), null, null, null, null));
    }

    @Override
    public void resizeUDisk(UcloudCall call, ResizeUDiskRequest r) {
        Disk d = disks.get(call.scope(), r.uDiskId());
        disks.resizeDetached(call.scope(), d.id(), r.size(), max(d.category()));
    }

    // ---- snapshots

    @Override
    public CreateUDiskSnapshotResponse createUDiskSnapshot(UcloudCall call, CreateUDiskSnapshotRequest r) {
        String name = UcloudFormats.text(r.name(), "Name", NAME);
        String comment = UcloudFormats.text(r.comment(), "", "Comment", UcloudFormats.REMARK);
        Snapshot s = snapshots.create(call.scope(), Ids.random("bsSnap-", 8),
                new SnapshotService.NewSnapshot(r.uDiskId(), name, comment, null, null), Map.of(), SNAPSHOT_RULES);
        return new CreateUDiskSnapshotResponse().setSnapshotId(List.of(s.id()));
    }

    @Override
    public DescribeUDiskSnapshotResponse describeUDiskSnapshot(UcloudCall call, DescribeUDiskSnapshotRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        SnapshotFilter filter = new SnapshotFilter(empty(r.snapshotId()) ? null : List.of(r.snapshotId()),
                empty(r.uDiskId()) ? null : r.uDiskId(), null, null, null, null, null);
        var listing = snapshots.listing(call.scope(), filter);
        Page<Snapshot> page;
        if (!empty(r.zone())) {
            // the zone is matched here, over every candidate
            List<Snapshot> all = listing.page(0, MAX_LIMIT).items().stream()
                    .filter(s -> s.zone().equals(r.zone())).toList();
            page = window.page(all);
        } else {
            page = listing.page(window.offset(), window.limit());
        }
        List<UDiskSnapshotSet> out = new ArrayList<>();
        for (Snapshot s : page.items()) out.add(snapshot(call, s));
        return new DescribeUDiskSnapshotResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(out);
    }

    @Override
    public void deleteUDiskSnapshot(UcloudCall call, DeleteUDiskSnapshotRequest r) {
        if (empty(r.snapshotId())) throw call.missing("SnapshotId");
        if (!empty(r.uDiskId()) && !snapshots.get(call.scope(), r.snapshotId()).diskId().equals(r.uDiskId())) {
            throw call.error(UcloudRetCode.SNAPSHOT_NOT_FOUND, r.snapshotId());
        }
        snapshots.delete(call.scope(), r.snapshotId(), true);
    }

    @Override
    public CloneUDiskSnapshotResponse cloneUDiskSnapshot(UcloudCall call, CloneUDiskSnapshotRequest r) {
        Snapshot source = snapshots.get(call.scope(), r.sourceId());
        Clone c = cloneAsked(call, r, source.sourceDiskCategory());
        Disk d = snapshots.cloneDisk(call.scope(), source.id(), Ids.random("bsm-", 8), r.zone(), c.name(), c.comment(),
                r.size(), c.terms());
        return new CloneUDiskSnapshotResponse().setUDiskId(List.of(d.id()));
    }

    /** What a new disk is bought on: ChargeType as sent, Tag (Default). */
    private static DiskService.Terms terms(String chargeType, String tag) {
        return new DiskService.Terms(chargeType, UcloudFormats.text(tag, "Default", "Tag", TAG));
    }

    /** What a clone's new disk is named, described and bought on. */
    private record Clone(String name, String comment, DiskService.Terms terms) {}

    /**
     * What a clone asks: Name and Comment (230 when too long), the terms; its Size: absent (its source's), else 1 up
     * to its category's largest (230 beyond either).
     */
    private static Clone cloneAsked(UcloudCall call, UDiskCloneFields r, String category) {
        if (r.size() != null && (r.size() < 1 || r.size() > max(category))) throw call.invalid("Size");
        return new Clone(UcloudFormats.text(r.name(), "Name", NAME),
                UcloudFormats.text(r.comment(), "", "Comment", MAX_DISK_COMMENT), terms(r.chargeType(), r.tag()));
    }

    // ---- answers

    /**
     * UDiskSnapshotSet: Status Normal (complete when made); DiskType 0 data, 2 SSD data, 4 RSSD data (the SDKs'
     * list); IsUDiskAvailable: whether its disk still stands; UDiskName: the disk's name when it was taken.
     */
    private UDiskSnapshotSet snapshot(UcloudCall call, Snapshot s) {
        boolean diskStands;
        try {
            disks.get(call.scope(), s.diskId());
            diskStands = true;
        } catch (DomainException e) {
            diskStands = false;
        }
        int type = switch (s.sourceDiskCategory()) {
            case "SSDDataDisk" -> 2;
            case "RSSDDataDisk" -> 4;
            default -> 0;
        } + (s.sourceDiskKind().equals(Disk.SYSTEM) ? 1 : 0);
        return new UDiskSnapshotSet().setZone(s.zone()).setSnapshotId(s.id()).setName(s.name()).setUDiskId(s.diskId())
                .setUDiskName(s.sourceDiskName()).setCreateTime(unix(s.createdAt())).setSize(s.sourceDiskSize())
                .setStatus("Normal").setDiskType(type).setExpiredTime(0).setComment(s.description())
                .setIsUDiskAvailable(diskStands).setVersion("2.0").setUHostId(s.instanceId()).setUKmsMode("No")
                .setCmkId("").setDataKey("").setCmkIdStatus("NoCmkId").setCmkIdAlias("");
    }


    /**
     * UDiskDataSet. ExpiredTime: 0 (a disk billed by use has none; periods are not modelled); SnapshotCount of
     * SnapshotLimit (3) manual snapshots; SnapEnable and CloneEnable 1 (snapshots and clones are served).
     */
    private UDiskDataSet disk(UcloudCall call, Disk d, int snapshotCount) {
        Instance host = d.attached() ? host(call, d.instanceId()) : null;
        String hostName = host == null ? "" : host.name();
        String hostIp = host == null ? "" : UcloudFormats.address(host);
        return new UDiskDataSet().setZone(d.zone()).setUDiskId(d.id()).setName(d.name()).setSize(d.sizeGb())
                .setStatus(status(d)).setCreateTime(unix(d.createdAt())).setExpiredTime(0)
                .setUHostId(d.instanceId()).setUHostName(hostName).setUHostIP(hostIp).setHostId(d.instanceId())
                .setHostName(hostName).setHostIP(hostIp).setDeviceName(d.device()).setChargeType(d.chargeType())
                .setTag(d.tag()).setIsExpire("No").setVersion("2.0").setUDataArkMode("No").setSnapshotCount(snapshotCount)
                .setSnapshotLimit(SNAPSHOTS_PER_DISK).setDiskType(d.category()).setCloneEnable(1).setSnapEnable(1).setArkSwitchEnable(0)
                .setUKmsMode("No").setCmkId("").setDataKey("").setCmkIdStatus("").setCmkIdAlias("").setIsBoot("False")
                .setBackupMode("NONE").setRdmaClusterId("");
    }

    private Instance host(UcloudCall call, String id) {
        try {
            return instances.get(call.scope(), id);
        } catch (DomainException e) {
            return null;
        }
    }

    /** UCloud's words: Available, Attaching, InUse, Detaching. */
    private static String status(Disk d) {
        return switch (d.status()) {
            case AVAILABLE -> "Available";
            case ATTACHING -> "Attaching";
            case IN_USE -> "InUse";
            case DETACHING -> "Detaching";
        };
    }

    // ---- checks

    private static String host(UcloudCall call, String hostId, String uhostId) {
        return Stream.of(hostId, uhostId).filter(s -> !empty(s)).findFirst()
                .orElseThrow(() -> call.missing("UHostId"));
    }

    /** DiskType in UCloud's spelling, any case (absent: DataDisk). */
    private static String type(UcloudCall call, String given) {
        return given == null ? "DataDisk" : TYPES.stream().filter(t -> t.equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> call.invalid("DiskType"));
    }

    private static int max(String type) {
        return type.equals("RSSDDataDisk") ? 32_000 : 8_000;
    }

    private static int size(UcloudCall call, String type, int size) {
        if (size < 1 || size > max(type)) throw call.invalid("Size");
        return size;
    }
}
