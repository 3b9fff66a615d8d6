package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.Tag;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunTagging;
import io.cloudtwin.dialect.aliyun.ecs.api.AddTagsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeResourceByTagsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeResourceByTagsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeTagsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeTagsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ListTagResourcesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ListTagResourcesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.RemoveTagsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.TagResourcesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.UntagResourcesRequest;

/**
 * Tags of ECS resources: instances, security groups, network interfaces, disks, snapshots, custom images, key pairs
 * (by name), automatic snapshot policies, launch templates, prefix lists, and Cloud Assistant's commands and
 * invocations.
 */
@Component
class EcsTags
        implements EcsApi.TagResources, EcsApi.UntagResources, EcsApi.AddTags, EcsApi.RemoveTags, EcsApi.DescribeTags,
        EcsApi.DescribeResourceByTags, EcsApi.ListTagResources {
    static final Map<String, ResourceType> RESOURCE_TYPES = Map.ofEntries(Map.entry("instance", ResourceType.INSTANCE),
            Map.entry("securitygroup", ResourceType.SECURITY_GROUP), Map.entry("eni", ResourceType.NETWORK_INTERFACE),
            Map.entry("disk", ResourceType.DISK), Map.entry("snapshot", ResourceType.SNAPSHOT),
            Map.entry("snapshotgroup", ResourceType.SNAPSHOT_GROUP),
            Map.entry("image", ResourceType.IMAGE), Map.entry("keypair", ResourceType.KEY_PAIR),
            Map.entry("snapshotpolicy", ResourceType.SNAPSHOT_POLICY),
            Map.entry("launchtemplate", ResourceType.LAUNCH_TEMPLATE), Map.entry("prefixlist", ResourceType.PREFIX_LIST),
            Map.entry("command", ResourceType.COMMAND), Map.entry("invocation", ResourceType.INVOCATION),
            Map.entry("ddh", ResourceType.DEDICATED_HOST),
            Map.entry("ddhcluster", ResourceType.DEDICATED_HOST_CLUSTER),
            Map.entry("activation", ResourceType.ACTIVATION),
            Map.entry("imagecomponent", ResourceType.IMAGE_COMPONENT),
            Map.entry("capacityreservation", ResourceType.CAPACITY_RESERVATION));

    private final AliyunTagging tagging;

    EcsTags(TagService tags) {
        this.tagging = new AliyunTagging(tags, RESOURCE_TYPES);
    }

    @Override
    public void tagResources(AliyunCall call, TagResourcesRequest r) {
        tagging.tag(call, r.resourceType(), r.resourceId(), call.tags(r.tag()));
    }

    @Override
    public void untagResources(AliyunCall call, UntagResourcesRequest r) {
        tagging.untag(call, r.resourceType(), r.resourceId(), r.tagKey(), r.all());
    }

    @Override
    public void addTags(AliyunCall call, AddTagsRequest r) {
        tagging.tag(call, r.resourceType(), List.of(r.resourceId()), call.tags(r.tag()));
    }

    @Override
    public void removeTags(AliyunCall call, RemoveTagsRequest r) {
        var keys = call.tags(r.tag()).keySet();
        tagging.untag(call, r.resourceType(), List.of(r.resourceId()), List.copyOf(keys), keys.isEmpty());
    }

    @Override
    public DescribeTagsResponse describeTags(AliyunCall call, DescribeTagsRequest r) {
        Map<String, String> having = call.tags(r.tag());
        List<String> ids = r.resourceId() == null ? List.of() : List.of(r.resourceId());
        Map<List<String>, Map<String, Integer>> counts = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (Tag t : tagging.all(call, r.resourceType(), ids, having)) {
            String wanted = having.get(t.key());
            if (!having.isEmpty() && (wanted == null || !wanted.isEmpty() && !wanted.equals(t.value()))) continue;
            counts.computeIfAbsent(List.of(t.key(), t.value()), p -> new HashMap<>()).merge(t.resourceType(), 1, Integer::sum);
        }
        var paging = call.paging(50);
        var out = call.paged(new DescribeTagsResponse(), paging, counts.size());
        return out.setTags(AliyunFormats.page(List.copyOf(counts.entrySet()), paging).stream()
                .map(e -> new DescribeTagsResponse.Tag().setTagKey(e.getKey().get(0)).setTagValue(e.getKey().get(1))
                        .setResourceTypeCount(count(e.getValue())))
                .toList());
    }

    /** How many resources of each kind carry a tag pair, as DescribeTags counts them. */
    private static DescribeTagsResponse.ResourceTypeCount count(Map<String, Integer> byStored) {
        ToIntFunction<ResourceType> n = t -> byStored.getOrDefault(t.stored(), 0);
        return new DescribeTagsResponse.ResourceTypeCount().setInstance(n.applyAsInt(ResourceType.INSTANCE))
                .setSecuritygroup(n.applyAsInt(ResourceType.SECURITY_GROUP))
                .setEni(n.applyAsInt(ResourceType.NETWORK_INTERFACE)).setDisk(n.applyAsInt(ResourceType.DISK))
                .setSnapshot(n.applyAsInt(ResourceType.SNAPSHOT)).setImage(n.applyAsInt(ResourceType.IMAGE))
                .setKeyPair(n.applyAsInt(ResourceType.KEY_PAIR))
                .setSnapshotPolicy(n.applyAsInt(ResourceType.SNAPSHOT_POLICY))
                .setLaunchTemplate(n.applyAsInt(ResourceType.LAUNCH_TEMPLATE));
    }

    @Override
    public DescribeResourceByTagsResponse describeResourceByTags(AliyunCall call, DescribeResourceByTagsRequest r) {
        Map<String, String> names = new HashMap<>();
        RESOURCE_TYPES.forEach((name, kind) -> names.put(kind.stored(), name));
        Set<List<String>> resources = new LinkedHashSet<>();
        for (Tag t : tagging.all(call, r.resourceType(), List.of(), call.tags(r.tag()))) {
            resources.add(List.of(names.getOrDefault(t.resourceType(), t.resourceType()), t.resourceId()));
        }
        var paging = call.paging(50);
        var out = call.paged(new DescribeResourceByTagsResponse(), paging, resources.size());
        String region = call.scope().region();
        return out.setResources(AliyunFormats.page(List.copyOf(resources), paging).stream()
                .map(p -> new DescribeResourceByTagsResponse.Resource().setResourceType(p.get(0))
                        .setResourceId(p.get(1)).setRegionId(region))
                .toList());
    }

    @Override
    public ListTagResourcesResponse listTagResources(AliyunCall call, ListTagResourcesRequest r) {
        var out = new ListTagResourcesResponse();
        return out.setTagResources(tagging.list(call, out, r.resourceType(), r.resourceId(), call.tags(r.tag()),
                ListTagResourcesResponse.TagResource::new));
    }
}
