package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAttachmentAttributesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAttachmentAttributesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceAttachmentAttributesRequest;

/**
 * How instances match private pools (alicloud_instance's private_pool_options_match_criteria and _id): no private pool
 * (elasticity assurance, capacity reservation) exists here, so an instance takes Open or None, kept and answered, and
 * Target, which needs a pool, is refused as naming none.
 */
@Component
record PrivatePools(InstanceService instances, InstanceSettings settings)
        implements EcsApi.DescribeInstanceAttachmentAttributes, EcsApi.ModifyInstanceAttachmentAttributes {
    /** What an instance matches when nothing was given. */
    private static final String NONE = "None";
    private static final String TARGET = "Target";
    private static final Set<String> CRITERIA = Set.of("Open", TARGET, NONE);

    /**
     * PrivatePoolOptions.MatchCriteria of a launch or a change (null: not given): Open or None; Target with
     * PrivatePoolOptions.Id (MissingParameter.PrivatePoolOptions.Id without), which names no pool here
     * (Invalid.PrivatePoolOptions.Id); another value: InvalidParameter.
     */
    static String requested(AliyunCall call, String criteria, String poolId) {
        if (AliyunFormats.blank(criteria)) return null;
        if (!CRITERIA.contains(criteria)) throw call.invalid("PrivatePoolOptions.MatchCriteria");
        if (criteria.equals(TARGET)) {
            if (AliyunFormats.blank(poolId)) {
                throw call.firstError("PrivatePoolOptions.Id", "MissingParameter.PrivatePoolOptions.Id");
            }
            throw call.firstError(poolId, "Invalid.PrivatePoolOptions.Id", "Invalid.PrivatePoolOptionsId");
        }
        return criteria;
    }

    @Override
    public DescribeInstanceAttachmentAttributesResponse describeInstanceAttachmentAttributes(
            AliyunCall call, DescribeInstanceAttachmentAttributesRequest r) {
        var paging = call.paging(10);
        var page = instances.list(call.scope(), new InstanceFilter(r.instanceIds(), null, null, null, null, null),
                paging.offset(), paging.limit());
        var pools = settings.privatePoolsOf(page.items().stream().map(Instance::id).toList());
        return call.paged(new DescribeInstanceAttachmentAttributesResponse().setInstances(AliyunFormats.each(
                page.items(), DescribeInstanceAttachmentAttributesResponse.Instance::new, (item, i) -> item
                        .setInstanceId(i.id()).setPrivatePoolOptionsMatchCriteria(pools.getOrDefault(i.id(), NONE))
                        .setPrivatePoolOptionsId(""))), paging, page.total());
    }

    @Override
    public void modifyInstanceAttachmentAttributes(AliyunCall call, ModifyInstanceAttachmentAttributesRequest r) {
        String criteria = requested(call, r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId());
        if (criteria == null) throw call.missing("PrivatePoolOptions.MatchCriteria");
        settings.matchPrivatePools(call.scope(), r.instanceId(), criteria);
    }
}
