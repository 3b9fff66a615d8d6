package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC TagResources: sets Tag.N on VPCs and vSwitches (ResourceType VPC, VSWITCH). */
@Component
public class VpcTagResources implements AliyunAction {
    private final TagService tags;

    public VpcTagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "TagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.tag(tags, r, AliyunNetworkViews.VPC_RESOURCE_TYPES);
    }
}
