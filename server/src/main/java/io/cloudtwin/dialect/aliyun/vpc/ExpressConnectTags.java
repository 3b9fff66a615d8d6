package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunTagging;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTagResourcesForExpressConnectRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTagResourcesForExpressConnectResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.TagResourcesForExpressConnectRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UntagResourcesForExpressConnectRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Tags of Express Connect resources, which the VPC product tags by actions of their own: circuits
 * (PHYSICALCONNECTION) and virtual border routers (VIRTUALBORDERROUTER, as the provider sends it).
 */
@Component
class ExpressConnectTags implements VpcApi.TagResourcesForExpressConnect, VpcApi.UntagResourcesForExpressConnect,
        VpcApi.ListTagResourcesForExpressConnect {
    private final AliyunTagging tagging;

    ExpressConnectTags(TagService tags) {
        Map<String, ResourceType> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        types.put("PHYSICALCONNECTION", ResourceType.PHYSICAL_CONNECTION);
        types.put("VIRTUALBORDERROUTER", ResourceType.VIRTUAL_BORDER_ROUTER);
        this.tagging = new AliyunTagging(tags, types);
    }

    @Override
    public void tagResourcesForExpressConnect(AliyunCall call, TagResourcesForExpressConnectRequest r) {
        tagging.tag(call, r.resourceType(), r.resourceId(), call.tags(r.tag()));
    }

    @Override
    public void untagResourcesForExpressConnect(AliyunCall call, UntagResourcesForExpressConnectRequest r) {
        tagging.untag(call, r.resourceType(), r.resourceId(), r.tagKey(), r.all());
    }

    @Override
    public ListTagResourcesForExpressConnectResponse listTagResourcesForExpressConnect(AliyunCall call,
            ListTagResourcesForExpressConnectRequest r) {
        var out = new ListTagResourcesForExpressConnectResponse();
        return out.setTagResources(tagging.list(call, out, r.resourceType(), r.resourceId(), call.tags(r.tag()),
                ListTagResourcesForExpressConnectResponse.TagResource::new));
    }
}
