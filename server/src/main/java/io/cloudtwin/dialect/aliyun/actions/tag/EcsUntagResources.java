package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** ECS UntagResources: removes TagKey.N (or All) from resources. */
@Component
public class EcsUntagResources implements AliyunAction {
    private final TagService tags;

    public EcsUntagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "UntagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.ECS;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.untag(tags, r, AliyunNetworkViews.ECS_RESOURCE_TYPES);
    }
}
