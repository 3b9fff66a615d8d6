package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.JoinResourceGroupRequest;

/** ECS resources moved between resource groups; what each create puts them in is its own handler's. */
@Component
record EcsResourceGroups(TagService tags) implements EcsApi.JoinResourceGroup {
    /**
     * The kinds JoinResourceGroup moves: ECS's names for its kinds (EcsTags.RESOURCE_TYPES, case-sensitive; a key
     * pair's ResourceId is its name) but for those that are in no resource group of their own here.
     */
    private static final Set<String> UNGROUPED = Set.of("prefixlist", "invocation");

    @Override
    public void joinResourceGroup(AliyunCall call, JoinResourceGroupRequest r) {
        if (AliyunFormats.blank(r.resourceId())) throw call.missing("ResourceId");
        if (AliyunFormats.blank(r.resourceGroupId())) throw call.error("InvalidResourceGroup.NotFound");
        String group = call.resourceGroup(r.resourceGroupId());
        String type = AliyunFormats.or(r.resourceType(), "");
        ResourceType kind = UNGROUPED.contains(type) ? null : EcsTags.RESOURCE_TYPES.get(type);
        if (kind == null) throw call.error("InvalidResourceType.NotFound");
        tags.regroup(call.scope(), kind, r.resourceId(), group);
    }
}
