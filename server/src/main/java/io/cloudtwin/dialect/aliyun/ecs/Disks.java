package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.Disk;
import io.cloudtwin.core.compute.DiskFilter;
import io.cloudtwin.core.compute.DiskService;
import io.cloudtwin.core.compute.DiskStatus;
import io.cloudtwin.core.compute.Snapshot;
import io.cloudtwin.core.compute.SnapshotPolicyService;
import io.cloudtwin.core.compute.SnapshotService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDiskResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDisksRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDisksResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDiskAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ResizeDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ResizeDiskResponse;

/** ECS block storage: system disks (made with their instance) and data disks, Available or In_use. */
@Component
record Disks(DiskService disks, SnapshotService snapshots, TagService tags, EcsCatalog catalog, Zones zones,
             ClientTokens tokens, SnapshotPolicyService policies)
        implements EcsApi.CreateDisk, EcsApi.AttachDisk, EcsApi.DetachDisk, EcsApi.DeleteDisk, EcsApi.ResizeDisk,
        EcsApi.ModifyDiskAttribute, EcsApi.DescribeDisks {
    private static final Map<String, DiskStatus> STATUS = Map.of("In_use", DiskStatus.IN_USE, "Available", DiskStatus.AVAILABLE);
    /** Statuses DescribeDisks takes that no disk here is ever in (they settle at once). */
    private static final Set<String> PASSING = Set.of("Attaching", "Detaching", "Creating", "ReIniting");

    @Override
    public CreateDiskResponse createDisk(AliyunCall call, CreateDiskRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String zone = r.zoneId();
        if (zone == null && r.instanceId() == null) throw call.missing("ZoneId");
        if (zone != null && !zones.contains(Cloud.ALIYUN, scope.region(), zone)) throw call.firstError("ZoneId", "InvalidZoneId.NotFound");
        String category = r.diskCategory() == null ? "cloud_efficiency" : r.diskCategory();
        String snapshotId = r.snapshotId() == null || r.snapshotId().isEmpty() ? null : r.snapshotId();
        if (r.size() == null && snapshotId == null) throw call.missing("Size");
        Snapshot source = snapshotId == null ? null : snapshots.get(scope, snapshotId);
        if (source != null && source.encrypted() && Boolean.FALSE.equals(r.encrypted())) {
            throw call.firstError("Encrypted", "InvalidEncrypted.NotMatchSnapshot");
        }
        // from a snapshot: its source size when no Size is given; a smaller one is refused in the transaction
        Integer asked = r.size() == null && source != null ? Integer.valueOf(source.sourceDiskSize()) : r.size();
        int size = catalog.dataDiskSize(call, category, r.performanceLevel(), asked, "");
        var spec = new DiskService.NewDisk(zone == null ? "" : zone, text(call, r.diskName(), "DiskName", 128),
                text(call, r.description(), "Description", 256), category, size, false, Boolean.TRUE.equals(r.encrypted()),
                r.performanceLevel(), null);
        var tagged = call.tags(r.tag());
        String created = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.DISK, group,
                () -> (snapshotId == null
                        ? disks.create(scope, Ids.Shape.DISK.next(Cloud.ALIYUN), spec, tagged, r.instanceId())
                        : snapshots.diskFrom(scope, snapshotId, Ids.Shape.DISK.next(Cloud.ALIYUN), spec, tagged,
                                r.instanceId())).id()));
        return new CreateDiskResponse().setDiskId(created);
    }

    @Override
    public void attachDisk(AliyunCall call, AttachDiskRequest r) {
        disks.attach(call.scope(), r.diskId(), r.instanceId(), r.deleteWithInstance());
    }

    @Override
    public void detachDisk(AliyunCall call, DetachDiskRequest r) {
        disks.detach(call.scope(), r.diskId(), r.instanceId());
    }

    @Override
    public void deleteDisk(AliyunCall call, DeleteDiskRequest r) {
        disks.delete(call.scope(), r.diskId());
    }

    @Override
    public ResizeDiskResponse resizeDisk(AliyunCall call, ResizeDiskRequest r) {
        Disk d = disks.get(call.scope(), r.diskId());
        disks.resize(call.scope(), r.diskId(), r.newSize(), catalog.maxSize(d.category(), d.performanceLevel(), d.system()));
        return new ResizeDiskResponse();
    }

    @Override
    public void modifyDiskAttribute(AliyunCall call, ModifyDiskAttributeRequest r) {
        if (r.diskId() != null && !r.diskIds().isEmpty()) throw call.firstError("DiskId", "ParameterConflict.DiskIdAndDiskIds");
        List<String> ids = r.diskId() != null ? List.of(r.diskId()) : r.diskIds();
        if (ids.isEmpty()) throw call.firstError("DiskId", "MissingParameter.DiskIdOrDiskIds");
        disks.modify(call.scope(), ids, new DiskService.Changes(text(call, r.diskName(), "DiskName", 128),
                text(call, r.description(), "Description", 256), r.deleteWithInstance(), r.deleteAutoSnapshot(),
                r.enableAutoSnapshot()));
    }

    @Override
    public DescribeDisksResponse describeDisks(AliyunCall call, DescribeDisksRequest r) {
        Scope scope = call.scope();
        String type = r.diskType() == null ? "all" : r.diskType();
        if (!Set.of("all", "system", "data").contains(type)) throw call.firstError("DiskType", "InvalidDiskType.ValueNotSupported");
        String category = r.category() == null || r.category().equals("all") ? null : r.category();
        if (category != null && catalog.dataDisk(category, null).isEmpty() && catalog.systemDisk(category, null).isEmpty()) {
            throw call.firstError("Category", "InvalidCategory.ValueNotSupported");
        }
        DiskStatus status = null;
        boolean none = false;
        if (r.status() != null && !r.status().equalsIgnoreCase("All")) {
            status = STATUS.get(r.status());
            if (status == null && !PASSING.contains(r.status())) throw call.firstError("Status", "InvalidStatus.ValueNotSupported");
            none = status == null;
        }
        var wanted = call.narrow(tags, scope, ResourceType.DISK, r.diskIds(), r.tag(), r.resourceGroupId());
        if (wanted.isEmpty()) none = true;
        List<String> ids = wanted.orElse(List.of());
        if (r.autoSnapshotPolicyId() != null && !r.autoSnapshotPolicyId().isEmpty() && !none) {
            // the disks that follow the policy, among those asked for
            List<String> following = policies.disksOf(scope, r.autoSnapshotPolicyId());
            ids = ids.isEmpty() ? following : ids.stream().filter(following::contains).toList();
            if (ids.isEmpty()) none = true;
        }
        var filter = new DiskFilter(ids, r.instanceId(), r.zoneId(), type.equals("all") ? null : type, category, status,
                r.diskName());
        var paging = call.paging(10);
        var out = new DescribeDisksResponse();
        List<Disk> shown = call.listed(out, paging, none, disks.listing(scope, filter));
        var tagged = tags.of(shown.stream().map(Disk::id).toList());
        var following = policies.ofDisks(shown.stream().map(Disk::id).toList());
        var grouped = tags.groups(shown.stream().map(Disk::id).toList(), call.defaultResourceGroup());
        return out.setDisks(shown.stream().map(d -> disk(d, tagged.get(d.id()), following.get(d.id()))
                .setResourceGroupId(grouped.get(d.id()))).toList());
    }

    /**
     * A disk as DescribeDisks writes it; DeleteAutoSnapshot and the other flags always present, as Terraform reads
     * them; policyId: the automatic snapshot policy it follows (null: none).
     */
    private static DescribeDisksResponse.Disk disk(Disk d, Map<String, String> tagged, String policyId) {
        var out = new DescribeDisksResponse.Disk().setDiskId(d.id()).setDiskName(d.name()).setDescription(d.description())
                .setType(d.kind()).setCategory(d.category()).setSize(d.sizeGb())
                .setStatus(d.status() == DiskStatus.IN_USE ? "In_use" : "Available").setInstanceId(d.instanceId())
                .setRegionId(d.region()).setZoneId(d.zone()).setImageId(d.imageId()).setDevice(d.device())
                .setPortable(!d.system()).setDeleteWithInstance(d.deleteWithInstance())
                .setDeleteAutoSnapshot(d.deleteAutoSnapshot()).setEnableAutoSnapshot(d.enableAutoSnapshot())
                .setAutoSnapshotPolicyId(policyId == null ? "" : policyId)
                .setEnableAutomatedSnapshotPolicy(policyId != null).setEncrypted(d.encrypted()).setDiskChargeType(d.chargeType())
                .setPerformanceLevel(d.performanceLevel()).setSourceSnapshotId(d.sourceSnapshotId())
                .setMultiAttach("Disabled").setBurstingEnabled(false).setKmsKeyId("")
                .setCreationTime(AliyunFormats.time(d.createdAt()))
                .setAttachedTime(d.attachedAt() == null ? "" : AliyunFormats.time(d.attachedAt()))
                .setDetachedTime(d.detachedAt() == null ? "" : AliyunFormats.time(d.detachedAt()))
                .setTags(AliyunFormats.tags(tagged, DescribeDisksResponse.Tag::new));
        if (d.attached()) {
            out.setMountInstanceNum(1).setAttachments(List.of(new DescribeDisksResponse.Attachment()
                    .setInstanceId(d.instanceId()).setDevice(d.device()).setAttachedTime(AliyunFormats.time(d.attachedAt()))));
        } else {
            out.setMountInstanceNum(0).setAttachments(List.of());
        }
        return out;
    }

    private static String text(AliyunCall call, String value, String param, int max) {
        if (value != null && value.length() > max) throw call.invalid(param);
        return value;
    }
}
