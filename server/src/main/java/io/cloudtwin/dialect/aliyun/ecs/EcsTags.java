package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunTagging;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ListTagResourcesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ListTagResourcesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.TagResourcesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.TagResourcesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.UntagResourcesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.UntagResourcesResponse;

/** Tags of ECS resources: instances, security groups and network interfaces. */
@Component
class EcsTags implements EcsApi {
    static final Map<String, ResourceType> RESOURCE_TYPES = Map.of("instance", ResourceType.INSTANCE,
            "securitygroup", ResourceType.SECURITY_GROUP, "eni", ResourceType.NETWORK_INTERFACE);

    private final AliyunTagging tagging;

    EcsTags(TagService tags) {
        this.tagging = new AliyunTagging(tags, RESOURCE_TYPES);
    }

    @Override
    public TagResourcesResponse tagResources(AliyunCall call, TagResourcesRequest r) {
        tagging.tag(call, r.resourceType(), r.resourceId(), call.tags(r.tag()));
        return new TagResourcesResponse();
    }

    @Override
    public UntagResourcesResponse untagResources(AliyunCall call, UntagResourcesRequest r) {
        tagging.untag(call, r.resourceType(), r.resourceId(), r.tagKey(), r.all());
        return new UntagResourcesResponse();
    }

    @Override
    public ListTagResourcesResponse listTagResources(AliyunCall call, ListTagResourcesRequest r) {
        var out = new ListTagResourcesResponse();
        return out.setTagResources(tagging.list(call, out, r.resourceType(), r.resourceId(), call.tags(r.tag()),
                ListTagResourcesResponse.TagResource::new));
    }
}
