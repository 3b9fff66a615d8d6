package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.Snapshot;
import io.cloudtwin.core.compute.SnapshotGroup;
import io.cloudtwin.core.compute.SnapshotGroupService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSnapshotGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSnapshotGroupResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteSnapshotGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteSnapshotGroupResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSnapshotGroupsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSnapshotGroupsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySnapshotGroupRequest;

/**
 * Snapshot groups (alicloud_ecs_snapshot_group and its data source): one snapshot of each chosen disk of an instance,
 * taken at once, so a group is accomplished from its first read, as its snapshots are. Deleting a group deletes its
 * snapshots.
 */
@Component
record SnapshotGroups(SnapshotGroupService groups, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateSnapshotGroup, EcsApi.DescribeSnapshotGroups, EcsApi.ModifySnapshotGroup,
        EcsApi.DeleteSnapshotGroup {
    /** The statuses a group may have; here always accomplished. */
    private static final Set<String> STATUSES = Set.of("progressing", "accomplished", "failed");
    private static final String PROGRESS = "SNAPSHOT_GROUP_PROGRESS_STATUS";

    /**
     * InstanceId (MissingParamter.InstanceId, as the metadata spells it), DiskId.N (disks attached to it) or
     * ExcludeDiskId.N, not both; Name, Description, Tag.N, ResourceGroupId, ClientToken. InstantAccess and
     * StorageLocationArn are taken and change nothing.
     */
    @Override
    public CreateSnapshotGroupResponse createSnapshotGroup(AliyunCall call, CreateSnapshotGroupRequest r) {
        var scope = call.scope();
        if (blank(r.instanceId())) throw call.error("MissingParamter.InstanceId");
        if (!r.diskId().isEmpty() && !r.excludeDiskId().isEmpty()) {
            throw call.error("InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict");
        }
        var spec = new SnapshotGroupService.NewGroup(r.instanceId(), r.diskId(), r.excludeDiskId(),
                text(call, "Name", r.name(), AliyunFormats::wellFormedName),
                text(call, "Description", r.description(), AliyunFormats::wellFormedDescription));
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.SNAPSHOT_GROUP, group,
                () -> groups.create(scope, Ids.random("ssg-", 20), spec, tagged).id()));
        return new CreateSnapshotGroupResponse().setSnapshotGroupId(id);
    }

    /**
     * SnapshotGroupId.N, InstanceId, Name, Status.N (progressing, accomplished or failed), Tag.N, ResourceGroupId,
     * NextToken and MaxResults; AdditionalAttributes SNAPSHOT_GROUP_PROGRESS_STATUS with exactly one group id.
     */
    @Override
    public DescribeSnapshotGroupsResponse describeSnapshotGroups(AliyunCall call, DescribeSnapshotGroupsRequest r) {
        var scope = call.scope();
        for (String s : r.status()) {
            if (!STATUSES.contains(s)) throw call.error("InvalidStatus.ValueNotSupported", s);
        }
        boolean progress = r.additionalAttributes().contains(PROGRESS);
        if (progress && r.snapshotGroupId().size() != 1) throw call.error("InvalidSnapshotGroupId.MustBeOne");
        var wanted = call.narrow(tags, scope, ResourceType.SNAPSHOT_GROUP, r.snapshotGroupId(), r.tag(),
                r.resourceGroupId());
        boolean none = wanted.isEmpty() || (!r.status().isEmpty() && !r.status().contains("accomplished"));
        var out = new DescribeSnapshotGroupsResponse();
        List<SnapshotGroup> shown = call.listed(out, call.paging(10), none, groups.listing(scope,
                groups.where(wanted.orElse(List.of()), AliyunFormats.orNull(r.instanceId()),
                        AliyunFormats.orNull(r.name()))));
        List<String> ids = shown.stream().map(SnapshotGroup::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var taken = groups.snapshotsOf(scope, ids);
        var snapshotTags = tags.of(taken.values().stream().flatMap(List::stream).map(Snapshot::id).toList());
        return out.setSnapshotGroups(AliyunFormats.each(shown, DescribeSnapshotGroupsResponse.SnapshotGroup::new,
                (item, g) -> item.setSnapshotGroupId(g.id()).setName(g.name()).setDescription(g.description())
                        .setInstanceId(g.instanceId()).setStatus("accomplished")
                        .setProgressStatus(progress ? "accomplished" : null)
                        .setCreationTime(AliyunFormats.time(g.createdAt())).setResourceGroupId(grouped.get(g.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(g.id()),
                                DescribeSnapshotGroupsResponse.Tag::new))
                        .setSnapshots(AliyunFormats.each(taken.getOrDefault(g.id(), List.of()),
                                DescribeSnapshotGroupsResponse.Snapshot::new, (one, s) -> one.setSnapshotId(s.id())
                                        .setSourceDiskId(s.diskId()).setProgress("100%").setAvailable(true)
                                        .setInstantAccess(false).setInstantAccessRetentionDays(0)
                                        .setSourceDiskType(s.sourceDiskKind().equals("system") ? "System" : "Data")
                                        .setTags(AliyunFormats.keyValueTags(snapshotTags.get(s.id()),
                                                DescribeSnapshotGroupsResponse.Tag2::new))))));
    }

    @Override
    public void modifySnapshotGroup(AliyunCall call, ModifySnapshotGroupRequest r) {
        groups.describe(call.scope(), r.snapshotGroupId(),
                r.name() == null ? null : text(call, "Name", r.name(), AliyunFormats::wellFormedName),
                r.description() == null ? null
                        : text(call, "Description", r.description(), AliyunFormats::wellFormedDescription));
    }

    /** The group and its snapshots, all or none (SnapshotCreatedImage, SnapshotCreatedDisk). */
    @Override
    public DeleteSnapshotGroupResponse deleteSnapshotGroup(AliyunCall call, DeleteSnapshotGroupRequest r) {
        groups.delete(call.scope(), r.snapshotGroupId());
        return new DeleteSnapshotGroupResponse();
    }

    /**
     * A group's Name (AliyunFormats.wellFormedName) or Description (wellFormedDescription), else
     * InvalidParameter.Name or .Description; empty or absent: "".
     */
    private static String text(AliyunCall call, String parameter, String value, Predicate<String> wellFormed) {
        if (blank(value)) return "";
        if (!wellFormed.test(value)) throw call.firstError(parameter, "InvalidParameter." + parameter);
        return value;
    }
}
