package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Map;

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
    /** ResourceType as ECS names its kinds (case-sensitive; a key pair's ResourceId is its name). */
    private static final Map<String, ResourceType> KINDS = Map.ofEntries(Map.entry("instance", ResourceType.INSTANCE),
            Map.entry("disk", ResourceType.DISK), Map.entry("snapshot", ResourceType.SNAPSHOT),
            Map.entry("snapshotgroup", ResourceType.SNAPSHOT_GROUP),
            Map.entry("image", ResourceType.IMAGE), Map.entry("securitygroup", ResourceType.SECURITY_GROUP),
            Map.entry("eni", ResourceType.NETWORK_INTERFACE), Map.entry("keypair", ResourceType.KEY_PAIR),
            Map.entry("snapshotpolicy", ResourceType.SNAPSHOT_POLICY),
            Map.entry("launchtemplate", ResourceType.LAUNCH_TEMPLATE), Map.entry("command", ResourceType.COMMAND),
            Map.entry("ddh", ResourceType.DEDICATED_HOST),
            Map.entry("ddhcluster", ResourceType.DEDICATED_HOST_CLUSTER),
            Map.entry("activation", ResourceType.ACTIVATION),
            Map.entry("imagecomponent", ResourceType.IMAGE_COMPONENT));

    @Override
    public void joinResourceGroup(AliyunCall call, JoinResourceGroupRequest r) {
        if (AliyunFormats.blank(r.resourceId())) throw call.missing("ResourceId");
        if (AliyunFormats.blank(r.resourceGroupId())) throw call.error("InvalidResourceGroup.NotFound");
        String group = call.resourceGroup(r.resourceGroupId());
        String type = AliyunFormats.or(r.resourceType(), "");
        ResourceType kind = KINDS.get(type);
        if (kind == null) throw call.error("InvalidResourceType.NotFound");
        tags.regroup(call.scope(), kind, r.resourceId(), group);
    }
}
