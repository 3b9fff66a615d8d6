package io.cloudtwin.dialect.aliyun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.Tag;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.api.TagResourceAnswer;

/**
 * TagResources, UntagResources (VPC: UnTagResources) and ListTagResources, the same in every Aliyun product but for
 * the ResourceType names each product gives its kinds (ECS instance, securitygroup, eni; VPC VPC, VSWITCH).
 */
public record AliyunTagging(TagService tags, Map<String, ResourceType> types) {
    private ResourceType kind(AliyunCall call, String type) {
        ResourceType k = types.get(type);
        if (k == null) throw call.firstError("ResourceType", "InvalidResourceType.NotFound", "InvalidInstanceType.NotFound");
        return k;
    }

    public void tag(AliyunCall call, String type, List<String> ids, Map<String, String> add) {
        ResourceType kind = kind(call, type);
        if (add.isEmpty()) throw call.firstError("Tag", "MissingParameter.Tags", "MissingParam.Tags");
        tags.tag(call.scope(), kind, ids, add);
    }

    public void untag(AliyunCall call, String type, List<String> ids, List<String> keys, Boolean all) {
        ResourceType kind = kind(call, type);
        boolean everything = Boolean.TRUE.equals(all);
        if (everything && !keys.isEmpty()) throw call.firstError("All", "Param.Conflict", "InvalidParameter");
        tags.untag(call.scope(), kind, ids, keys, everything);
    }

    /**
     * Every tag of the resources named (none named: of every resource of the kind), or of those carrying the pairs
     * given; a null type means every kind of the product (ECS DescribeTags).
     */
    public List<Tag> all(AliyunCall call, String type, List<String> ids, Map<String, String> having) {
        if (type != null) return tags.list(call.scope(), kind(call, type), ids, having);
        List<Tag> out = new ArrayList<>();
        for (ResourceType k : new TreeMap<>(types).values()) out.addAll(tags.list(call.scope(), k, ids, having));
        return out;
    }

    /**
     * One page of tags (NextToken paging) of the resources named, or of those carrying the Tag.N given, each as the
     * product's TagResource.
     */
    public <T extends TagResourceAnswer> List<T> list(AliyunCall call, AliyunAnswer answer, String type, List<String> ids,
                                                      Map<String, String> having, Supplier<T> item) {
        ResourceType kind = kind(call, type);
        if (ids.isEmpty() && having.isEmpty()) throw call.firstError("ResourceId", "BothEmpty.TagsAndResources", "MissingParameter");
        List<Tag> all = tags.list(call.scope(), kind, ids, having);
        var paging = call.paging(50);
        call.paged(answer, paging, all.size());
        List<T> out = new ArrayList<>();
        for (Tag t : AliyunFormats.page(all, paging)) {
            T r = item.get();
            r.setResourceType(type).setResourceId(t.resourceId()).setTagKey(t.key()).setTagValue(t.value());
            out.add(r);
        }
        return out;
    }
}
