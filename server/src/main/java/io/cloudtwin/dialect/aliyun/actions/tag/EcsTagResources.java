package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** ECS TagResources: sets Tag.N on instances, security groups and network interfaces (up to 20 tags each). */
@Component
public class EcsTagResources implements AliyunAction {
    private final TagService tags;

    public EcsTagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "TagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.ECS;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.tag(tags, r, AliyunNetworkViews.ECS_RESOURCE_TYPES);
    }
}
