package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC ListTagResources: tags of the VPCs or vSwitches named, or of those carrying Tag.N. */
@Component
public class VpcListTagResources implements AliyunAction {
    private final TagService tags;

    public VpcListTagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "ListTagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.list(tags, r, AliyunNetworkViews.VPC_RESOURCE_TYPES);
    }
}
