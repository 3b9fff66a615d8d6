package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Snapshot;
import io.cloudtwin.core.compute.SnapshotFilter;
import io.cloudtwin.core.compute.SnapshotService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CopySnapshotRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CopySnapshotResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSnapshotRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSnapshotResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteSnapshotRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSnapshotsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSnapshotsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySnapshotAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ResetDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ResetDisksRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ResetDisksResponse;

/**
 * ECS snapshots of disks: taken at once (accomplished, Progress 100%, from the first read on), kept after their disk
 * is deleted (they are manual ones), deleted unless an image is made from them.
 */
@Component
record Snapshots(SnapshotService snapshots, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateSnapshot, EcsApi.DescribeSnapshots, EcsApi.ModifySnapshotAttribute,
        EcsApi.DeleteSnapshot, EcsApi.ResetDisk, EcsApi.ResetDisks, EcsApi.CopySnapshot {
    /** The statuses DescribeSnapshots takes; a snapshot here is always accomplished. */
    private static final Set<String> STATUSES = Set.of("progressing", "accomplished", "failed", "all");
    private static final Set<String> TYPES = Set.of("auto", "user", "all");
    private static final Set<String> CATEGORIES = Set.of("standard", "flash", "archive");

    @Override
    public CreateSnapshotResponse createSnapshot(AliyunCall call, CreateSnapshotRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String name = r.snapshotName();
        naming(call, name, r.description());
        if (r.category() != null && !CATEGORIES.contains(r.category())) {
            throw call.firstError("Category", "InvalidSnapshotCategory.Malformed");
        }
        if (r.retentionDays() != null && (r.retentionDays() < 1 || r.retentionDays() > 65536)) {
            throw call.firstError("RetentionDays", "InvalidRetentionDays.Malformed");
        }
        var spec = new SnapshotService.NewSnapshot(r.diskId(), name, r.description(), r.category(), r.retentionDays());
        var tagged = call.tags(r.tag());
        String created = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.SNAPSHOT, group,
                () -> snapshots.create(scope, SnapshotService.newId(), spec, tagged).id()));
        return new CreateSnapshotResponse().setSnapshotId(created);
    }

    @Override
    public CopySnapshotResponse copySnapshot(AliyunCall call, CopySnapshotRequest r) {
        Scope from = call.scope();
        if (!call.spec().product().hasRegion(r.destinationRegionId())) {
            throw call.firstError("DestinationRegionId", "InvalidRegionId.NotExists");
        }
        if (r.destinationRegionId().equals(from.region())) {
            throw call.firstError("DestinationRegionId", "InvalidOperation.NotSupportCopyInSameRegion");
        }
        naming(call, r.destinationSnapshotName(), r.destinationSnapshotDescription());
        if (r.retentionDays() != null && (r.retentionDays() < 1 || r.retentionDays() > 65536)) {
            throw call.firstError("RetentionDays", "InvalidRetentionDays.Malformed");
        }
        Scope to = Scope.of(from.cloud(), from.accountId(), r.destinationRegionId());
        var tagged = call.tags(r.tag());
        String copied = call.once(tokens, from, r.clientToken(), () -> tags.createIn(ResourceType.SNAPSHOT,
                call.resourceGroup(r.resourceGroupId()), () -> snapshots.copy(from, r.snapshotId(), to,
                        SnapshotService.newId(), r.destinationSnapshotName(), r.destinationSnapshotDescription(),
                        r.retentionDays(), tagged).id()));
        return new CopySnapshotResponse().setSnapshotId(copied);
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(AliyunCall call, DescribeSnapshotsRequest r) {
        Scope scope = call.scope();
        boolean none = false;
        if (r.status() != null) {
            if (!STATUSES.contains(r.status())) throw call.firstError("Status", "InvalidStatus.NotFound");
            none = r.status().equals("progressing") || r.status().equals("failed");
        }
        if (r.snapshotType() != null) {
            if (!TYPES.contains(r.snapshotType())) throw call.firstError("SnapshotType", "InvalidSnapshotType.NotFound");
            none |= r.snapshotType().equals("auto");
        }
        if (r.category() != null && !CATEGORIES.contains(r.category())) {
            throw call.firstError("Category", "InvalidSnapshotCategory.Malformed");
        }
        String kind = r.sourceDiskType() == null || r.sourceDiskType().equalsIgnoreCase("all") ? null
                : r.sourceDiskType().toLowerCase(Locale.ROOT);
        if (kind != null && !kind.equals("system") && !kind.equals("data")) throw call.invalid("SourceDiskType");
        // Usage: what is made from the snapshot: image (custom images only), disk (disks only), image_disk (both), none
        Boolean byImage = null;
        Boolean byDisk = null;
        if (r.usage() != null) {
            switch (r.usage()) {
                case "image" -> { byImage = true; byDisk = false; }
                case "disk" -> { byImage = false; byDisk = true; }
                case "image_disk" -> { byImage = true; byDisk = true; }
                case "none" -> { byImage = false; byDisk = false; }
                default -> none = true;
            }
        }
        var wanted = call.narrow(tags, scope, ResourceType.SNAPSHOT, r.snapshotIds(), r.tag(), r.resourceGroupId());
        if (wanted.isEmpty()) none = true;
        var filter = new SnapshotFilter(wanted.orElse(List.of()), r.diskId(), r.instanceId(), r.snapshotName(), kind,
                r.category(), r.encrypted(), byImage, byDisk);
        var paging = call.paging(10);
        var out = new DescribeSnapshotsResponse();
        List<Snapshot> shown = call.listed(out, paging, none, snapshots.listing(scope, filter));
        List<String> ids = shown.stream().map(Snapshot::id).toList();
        Set<String> inImages = new HashSet<>(snapshots.usedByImages(ids));
        Set<String> inDisks = new HashSet<>(snapshots.usedByDisks(ids));
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setSnapshots(shown.stream().map(s -> snapshot(s, usage(inImages.contains(s.id()), inDisks.contains(s.id())),
                tagged.get(s.id())).setResourceGroupId(grouped.get(s.id()))).toList());
    }

    private static String usage(boolean inImage, boolean inDisk) {
        return inImage ? (inDisk ? "image_disk" : "image") : (inDisk ? "disk" : "none");
    }

    private static DescribeSnapshotsResponse.Snapshot snapshot(Snapshot s, String usage, Map<String, String> tagged) {
        return new DescribeSnapshotsResponse.Snapshot().setSnapshotId(s.id()).setSnapshotName(s.name())
                .setDescription(s.description()).setStatus("accomplished").setProgress("100%").setAvailable(true)
                .setRemainTime(0).setSourceDiskId(s.diskId()).setSourceDiskSize(String.valueOf(s.sourceDiskSize()))
                .setSourceDiskType(s.sourceDiskKind().equals("system") ? "System" : "Data")
                .setSourceStorageType("disk").setUsage(usage).setSnapshotType("user")
                .setCategory(s.category()).setRetentionDays(s.retentionDays()).setEncrypted(s.encrypted())
                .setInstantAccess(false).setInstantAccessRetentionDays(0).setRegionId(s.region())
                .setKmsKeyId("").setProductCode("").setSourceSnapshotId("")
                .setSourceRegionId("").setSnapshotSN(s.id().substring(2)).setSnapshotLinkId("")
                .setCreationTime(AliyunFormats.time(s.createdAt())).setLastModifiedTime(AliyunFormats.time(s.createdAt()))
                .setTags(AliyunFormats.tags(tagged, DescribeSnapshotsResponse.Tag::new));
    }

    /** SnapshotName: 2 to 128 characters, not starting with auto, http:// or https://; Description: at most 256. */
    private static void naming(AliyunCall call, String name, String description) {
        if (name != null && (name.length() < 2 || name.length() > 128 || name.startsWith("auto")
                || url(name))) {
            throw call.firstError("SnapshotName", "InvalidSnapshotName.Malformed");
        }
        if (description != null && description.length() > 256) throw call.invalid("Description");
    }

    @Override
    public void modifySnapshotAttribute(AliyunCall call, ModifySnapshotAttributeRequest r) {
        naming(call, r.snapshotName(), r.description());
        snapshots.modify(call.scope(), r.snapshotId(), r.snapshotName(), r.description(), r.retentionDays());
    }

    @Override
    public void deleteSnapshot(AliyunCall call, DeleteSnapshotRequest r) {
        snapshots.delete(call.scope(), r.snapshotId(), Boolean.TRUE.equals(r.force()));
    }

    @Override
    public void resetDisk(AliyunCall call, ResetDiskRequest r) {
        snapshots.reset(call.scope(), List.of(new SnapshotService.Reset(r.diskId(), r.snapshotId())));
    }

    @Override
    public ResetDisksResponse resetDisks(AliyunCall call, ResetDisksRequest r) {
        snapshots.reset(call.scope(), r.disk().stream()
                .map(d -> new SnapshotService.Reset(d.diskId(), d.snapshotId())).toList());
        return new ResetDisksResponse().setOperationProgressSet(r.disk().stream()
                .map(d -> new ResetDisksResponse.OperationProgress().setOperationStatus("Success").setErrorCode("")
                        .setErrorMsg("").setRelatedItemSet(List.of(new ResetDisksResponse.RelatedItem()
                                .setName("DiskId").setValue(d.diskId()))))
                .toList());
    }
}
