package io.cloudtwin.dialect.aliyun.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.SnapshotPolicy;
import io.cloudtwin.core.compute.SnapshotPolicyService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.ApplyAutoSnapshotPolicyRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CancelAutoSnapshotPolicyRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateAutoSnapshotPolicyRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateAutoSnapshotPolicyResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteAutoSnapshotPolicyRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAutoSnapshotPolicyExRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAutoSnapshotPolicyExResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyAutoSnapshotPolicyExRequest;

/**
 * Automatic snapshot policies (alicloud_ecs_auto_snapshot_policy / alicloud_snapshot_policy and its attachment): a
 * schedule kept and reported, applied to disks (one policy a disk), which DescribeDisks reports and filters by. No
 * snapshot is taken by the schedule here. The actions spell their own parameters in lower camel case (regionId,
 * timePoints), as Alibaba's metadata does.
 */
@Component
record AutoSnapshotPolicies(SnapshotPolicyService policies, TagService tags)
        implements EcsApi.CreateAutoSnapshotPolicy, EcsApi.DescribeAutoSnapshotPolicyEx,
        EcsApi.ModifyAutoSnapshotPolicyEx, EcsApi.DeleteAutoSnapshotPolicy, EcsApi.ApplyAutoSnapshotPolicy,
        EcsApi.CancelAutoSnapshotPolicy {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest retention the API takes, in days (-1: until the snapshot is deleted). */
    private static final int MAX_RETENTION = 65536;

    @Override
    public CreateAutoSnapshotPolicyResponse createAutoSnapshotPolicy(AliyunCall call, CreateAutoSnapshotPolicyRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new SnapshotPolicyService.NewPolicy(name(call, r.autoSnapshotPolicyName()),
                hours(call, "timePoints", r.timePoints()), days(call, "repeatWeekdays", r.repeatWeekdays()),
                retention(call, "retentionDays", r.retentionDays()), Boolean.TRUE.equals(r.enableCrossRegionCopy()),
                regions(call, r.targetCopyRegions()), r.copiedSnapshotsRetentionDays() == null ? -1
                        : retention(call, "CopiedSnapshotsRetentionDays", r.copiedSnapshotsRetentionDays()));
        Map<String, String> tagged = call.tags(r.tag());
        String id = tags.createIn(ResourceType.SNAPSHOT_POLICY, group,
                () -> policies.create(scope, Ids.random("sp-", 20), spec, tagged).id());
        return new CreateAutoSnapshotPolicyResponse().setAutoSnapshotPolicyId(id);
    }

    @Override
    public DescribeAutoSnapshotPolicyExResponse describeAutoSnapshotPolicyEx(AliyunCall call,
                                                                             DescribeAutoSnapshotPolicyExRequest r) {
        Scope scope = call.scope();
        List<String> asked = r.autoSnapshotPolicyId() == null || r.autoSnapshotPolicyId().isEmpty() ? List.of()
                : List.of(r.autoSnapshotPolicyId());
        var wanted = call.narrow(tags, scope, ResourceType.SNAPSHOT_POLICY, asked, r.tag(), r.resourceGroupId());
        var paging = call.paging(10);
        var out = new DescribeAutoSnapshotPolicyExResponse();
        if (wanted.isEmpty()) return call.paged(out.setAutoSnapshotPolicies(List.of()), paging, 0);
        var page = policies.list(scope, wanted.get().isEmpty() ? null : wanted.get(), r.autoSnapshotPolicyName(),
                paging.offset(), paging.limit());
        var shown = page.items().stream().map(v -> v.policy().id()).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        return call.paged(out.setAutoSnapshotPolicies(page.items().stream().map(v -> view(v,
                tagged.getOrDefault(v.policy().id(), Map.of())).setResourceGroupId(grouped.get(v.policy().id())))
                .toList()), paging, page.total());
    }

    private static DescribeAutoSnapshotPolicyExResponse.AutoSnapshotPolicy view(SnapshotPolicyService.View v,
                                                                                Map<String, String> tagged) {
        SnapshotPolicy p = v.policy();
        return new DescribeAutoSnapshotPolicyExResponse.AutoSnapshotPolicy().setAutoSnapshotPolicyId(p.id())
                .setAutoSnapshotPolicyName(p.name()).setRegionId(p.region()).setTimePoints(json(p.timePoints()))
                .setRepeatWeekdays(json(p.repeatWeekdays())).setRetentionDays(p.retentionDays())
                .setEnableCrossRegionCopy(p.crossRegionCopy()).setTargetCopyRegions(json(p.targetCopyRegions()))
                .setCopiedSnapshotsRetentionDays(p.copiedRetentionDays()).setDiskNums(Math.toIntExact(v.disks()))
                .setVolumeNums(0).setStatus("Normal").setType("Custom")
                .setCreationTime(AliyunFormats.time(p.createdAt()))
                .setTags(AliyunFormats.tags(tagged, DescribeAutoSnapshotPolicyExResponse.Tag::new));
    }

    @Override
    public void modifyAutoSnapshotPolicyEx(AliyunCall call, ModifyAutoSnapshotPolicyExRequest r) {
        policies.update(call.scope(), r.autoSnapshotPolicyId(), new SnapshotPolicyService.Changes(
                name(call, r.autoSnapshotPolicyName()),
                r.timePoints() == null ? null : hours(call, "timePoints", r.timePoints()),
                r.repeatWeekdays() == null ? null : days(call, "repeatWeekdays", r.repeatWeekdays()),
                r.retentionDays() == null ? null : retention(call, "retentionDays", r.retentionDays()),
                r.enableCrossRegionCopy(), r.targetCopyRegions() == null ? null : regions(call, r.targetCopyRegions()),
                r.copiedSnapshotsRetentionDays() == null ? null
                        : retention(call, "CopiedSnapshotsRetentionDays", r.copiedSnapshotsRetentionDays())));
    }

    @Override
    public void deleteAutoSnapshotPolicy(AliyunCall call, DeleteAutoSnapshotPolicyRequest r) {
        policies.delete(call.scope(), r.autoSnapshotPolicyId());
    }

    @Override
    public void applyAutoSnapshotPolicy(AliyunCall call, ApplyAutoSnapshotPolicyRequest r) {
        policies.apply(call.scope(), r.autoSnapshotPolicyId(), r.diskIds());
    }

    @Override
    public void cancelAutoSnapshotPolicy(AliyunCall call, CancelAutoSnapshotPolicyRequest r) {
        policies.cancel(call.scope(), r.diskIds());
    }

    /** A list as the API answers it: a JSON array of strings, ["0","19"]. */
    private static String json(List<String> values) {
        return JSON.writeValueAsString(values);
    }

    private static String name(AliyunCall call, String name) {
        if (name != null && !EcsNames.LETTER_FIRST.matcher(name).matches()) {
            throw call.firstError("autoSnapshotPolicyName", "InvalidSnapshotPolicyName.Malformed");
        }
        return name;
    }

    private static List<String> hours(AliyunCall call, String param, String v) {
        return numbers(call, param, v, 0, 23, 24);
    }

    private static List<String> days(AliyunCall call, String param, String v) {
        return numbers(call, param, v, 1, 7, 7);
    }

    /** A JSON array of distinct whole numbers (as numbers or strings) from min to max, at most max items, one at least. */
    private static List<String> numbers(AliyunCall call, String param, String v, int min, int max, int most) {
        List<String> out = new ArrayList<>();
        for (String item : array(call, param, v)) {
            int n;
            try {
                n = Integer.parseInt(item);
            } catch (NumberFormatException e) {
                throw call.invalid(param);
            }
            if (n < min || n > max || out.contains(String.valueOf(n))) throw call.invalid(param);
            out.add(String.valueOf(n));
        }
        if (out.isEmpty() || out.size() > most) throw call.invalid(param);
        return out;
    }

    /** TargetCopyRegions: a JSON array of one region (empty: none). */
    private static List<String> regions(AliyunCall call, String v) {
        if (v == null || v.isEmpty()) return List.of();
        List<String> out = array(call, "TargetCopyRegions", v);
        if (out.size() > 1) throw call.firstError("TargetCopyRegions", "InvalidParameter.TargetCopyRegions");
        return out;
    }

    private static List<String> array(AliyunCall call, String param, String v) {
        List<String> out = new ArrayList<>();
        JsonNode node = JsonValue.parse(v);
        if (node == null || !node.isArray()) throw call.invalid(param);
        for (JsonNode item : node) {
            if (!item.isString() && !item.isIntegralNumber() || item.asString().isEmpty()) throw call.invalid(param);
            out.add(item.asString());
        }
        return out;
    }

    private static int retention(AliyunCall call, String param, int days) {
        if (days != -1 && (days < 1 || days > MAX_RETENTION)) {
            throw param.startsWith("Copied") ? call.firstError(param, "InvalidParameter.CopiedSnapshotsRetentionDays")
                    : call.invalid(param);
        }
        return days;
    }
}
