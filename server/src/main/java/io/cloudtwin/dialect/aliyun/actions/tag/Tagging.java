package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.store.TagStore;

/**
 * TagResources, UntagResources (UnTagResources in the VPC product) and ListTagResources of both products; each product
 * has its own words for the resource types (ECS: instance, securitygroup, eni; VPC: VPC, VSWITCH).
 */
final class Tagging {
    private Tagging() {}

    static TagService.Kind kind(AliyunRequest r, Map<String, TagService.Kind> types) {
        String type = r.required("ResourceType");
        TagService.Kind k = types.get(type);
        if (k == null) throw first(r, "InvalidResourceType.NotFound", "InvalidInstanceType.NotFound");
        return k;
    }

    static Map<String, Object> tag(TagService tags, AliyunRequest r, Map<String, TagService.Kind> types) {
        TagService.Kind kind = kind(r, types);
        Map<String, String> add = r.tags("Tag");
        if (add.isEmpty()) throw first(r, "MissingParameter.Tags", "MissingParam.Tags");
        try {
            tags.tag(r.regionalScope(), kind, r.list("ResourceId"), add);
        } catch (TagService.Refused e) {
            if (e.notFound()) throw first(r, "InvalidResourceId.NotFound", "InvalidInstanceIds.NotFound");
            throw first(r, "OperationDenied.QuotaExceed", "QuotaExceeded.TagNum");
        }
        return Map.of();
    }

    static Map<String, Object> untag(TagService tags, AliyunRequest r, Map<String, TagService.Kind> types) {
        TagService.Kind kind = kind(r, types);
        List<String> keys = r.list("TagKey");
        boolean all = r.bool("All", false);
        if (all && !keys.isEmpty()) throw first(r, "Param.Conflict", "InvalidParameter");
        try {
            tags.untag(r.regionalScope(), kind, r.list("ResourceId"), keys, all);
        } catch (TagService.Refused e) {
            throw first(r, "InvalidResourceId.NotFound", "InvalidInstanceIds.NotFound");
        }
        return Map.of();
    }

    /** One page of tags (NextToken paging), of the resources named or of those carrying the Tag.N given. */
    static Map<String, Object> list(TagService tags, AliyunRequest r, Map<String, TagService.Kind> types) {
        TagService.Kind kind = kind(r, types);
        List<String> ids = r.list("ResourceId");
        Map<String, String> having = new LinkedHashMap<>();
        for (var p : r.objects("Tag")) having.put(p.string("Key", ""), p.string("Value", ""));
        if (ids.isEmpty() && having.isEmpty()) throw first(r, "BothEmpty.TagsAndResources", "MissingParameter");
        String type = types.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
        List<TagStore.Tag> all = tags.list(r.regionalScope(), kind, ids, having);
        var paging = r.paging(50);
        int from = Math.min(all.size(), paging.offset());
        int to = (int) Math.min(all.size(), (long) from + paging.limit());
        Map<String, Object> out = new LinkedHashMap<>();
        Object next = paging.answer(all.size()).get("NextToken");
        if (next != null && !next.toString().isEmpty()) out.put("NextToken", next);
        out.put("TagResources", all.subList(from, to).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ResourceType", type);
            m.put("ResourceId", t.resourceId());
            m.put("TagKey", t.key());
            m.put("TagValue", t.value());
            return m;
        }).collect(Collectors.toList()));
        return out;
    }

    /** The first of the codes the action documents, else the common InvalidParameter. */
    static AliyunException first(AliyunRequest r, String... codes) {
        return io.cloudtwin.dialect.aliyun.Documented.first(r, codes[0], codes);
    }
}
