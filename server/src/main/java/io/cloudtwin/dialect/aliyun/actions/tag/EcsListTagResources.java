package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** ECS ListTagResources: tags of the resources named, or of those carrying Tag.N. */
@Component
public class EcsListTagResources implements AliyunAction {
    private final TagService tags;

    public EcsListTagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "ListTagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.ECS;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.list(tags, r, AliyunNetworkViews.ECS_RESOURCE_TYPES);
    }
}
