package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceMetadataOptionsRequest;

/**
 * How an instance serves its metadata (alicloud_instance's http_endpoint, http_tokens, http_put_response_hop_limit):
 * given at creation by RunInstances and CreateInstance, changed by ModifyInstanceMetadataOptions, answered by
 * DescribeInstances' MetadataOptions. Kept and answered; no metadata service runs here.
 */
@Component
record MetadataOptions(InstanceSettings settings) implements EcsApi.ModifyInstanceMetadataOptions {
    @Override
    public void modifyInstanceMetadataOptions(AliyunCall call, ModifyInstanceMetadataOptionsRequest r) {
        checked(call, r.httpEndpoint(), r.httpTokens(), r.httpPutResponseHopLimit());
        if (r.instanceMetadataTags() != null && !r.instanceMetadataTags().isEmpty()
                && !"disabled".equals(r.instanceMetadataTags())) {
            throw call.error("InvalidInstanceMetadataTags.NotSupported");
        }
        if (r.instanceId() == null || r.instanceId().isEmpty()) throw call.missing("InstanceId");
        settings.changeMetadata(call.scope(), r.instanceId(), or(r.httpEndpoint(), null), or(r.httpTokens(), null),
                r.httpPutResponseHopLimit());
    }

    /** The options a creation asks for (absent ones: ECS's defaults). */
    static InstanceDetail.MetadataOptions requested(AliyunCall call, String httpEndpoint, String httpTokens,
                                                    Integer hopLimit) {
        checked(call, httpEndpoint, httpTokens, hopLimit);
        return InstanceDetail.MetadataOptions.DEFAULT.with(or(httpEndpoint, null), or(httpTokens, null), hopLimit);
    }

    private static void checked(AliyunCall call, String httpEndpoint, String httpTokens, Integer hopLimit) {
        if (!blank(httpEndpoint) && !InstanceDetail.MetadataOptions.ENDPOINTS.contains(httpEndpoint)) {
            throw call.firstError("HttpEndpoint", "InvalidHttpEndpoint.NotSupported");
        }
        if (!blank(httpTokens) && !InstanceDetail.MetadataOptions.TOKENS.contains(httpTokens)) {
            throw call.firstError("HttpTokens", "InvalidHttpTokens.NotSupported");
        }
        if (hopLimit != null && (hopLimit < InstanceDetail.MetadataOptions.MIN_HOPS
                || hopLimit > InstanceDetail.MetadataOptions.MAX_HOPS)) {
            throw call.firstError("HttpPutResponseHopLimit", "InvalidHttpPutResponseHopLimit.NotSupported");
        }
    }
}
