package io.cloudtwin.dialect.aliyun.actions.tag;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC UnTagResources: removes TagKey.N (or All) from VPCs and vSwitches. */
@Component
public class VpcUnTagResources implements AliyunAction {
    private final TagService tags;

    public VpcUnTagResources(TagService tags) {
        this.tags = tags;
    }

    @Override
    public String name() {
        return "UnTagResources";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Tagging.untag(tags, r, AliyunNetworkViews.VPC_RESOURCE_TYPES);
    }
}
