package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.CapacityReservationService;
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
 * How instances match private pools (alicloud_instance's private_pool_options_match_criteria and _id), kept and
 * answered: None; Target, a place in the capacity reservation PrivatePoolOptions.Id names, taken under its lock (its
 * type and zone must be the instance's); Open, at launch, a place in an Open reservation of the instance's type and
 * zone if one has any left.
 */
@Component
record PrivatePools(InstanceService instances, InstanceSettings settings, CapacityReservationService reservations)
        implements EcsApi.DescribeInstanceAttachmentAttributes, EcsApi.ModifyInstanceAttachmentAttributes {
    /** What an instance matches when nothing was given. */
    private static final String NONE = "None";
    private static final String TARGET = "Target";
    private static final Set<String> CRITERIA = Set.of("Open", TARGET, NONE);

    /**
     * PrivatePoolOptions.MatchCriteria of a launch or a change (null: not given): Open, None, or Target with
     * PrivatePoolOptions.Id (MissingParameter.PrivatePoolOptions.Id without); another value: InvalidParameter.
     */
    static String requested(AliyunCall call, String criteria, String poolId) {
        if (AliyunFormats.blank(criteria)) return null;
        if (!CRITERIA.contains(criteria)) throw call.invalid("PrivatePoolOptions.MatchCriteria");
        if (criteria.equals(TARGET) && AliyunFormats.blank(poolId)) {
            throw call.firstError("PrivatePoolOptions.Id", "MissingParameter.PrivatePoolOptions.Id");
        }
        return criteria;
    }

    /** The capacity reservation a Target launch or change takes a place in; null for any other. */
    static String target(String criteria, String poolId) {
        return TARGET.equals(criteria) ? poolId : null;
    }

    @Override
    public DescribeInstanceAttachmentAttributesResponse describeInstanceAttachmentAttributes(
            AliyunCall call, DescribeInstanceAttachmentAttributesRequest r) {
        var paging = call.paging(10);
        var page = instances.list(call.scope(), new InstanceFilter(r.instanceIds(), null, null, null, null, null),
                paging.offset(), paging.limit());
        List<String> ids = page.items().stream().map(Instance::id).toList();
        var pools = settings.privatePoolsOf(ids);
        var used = reservations.of(ids);
        return call.paged(new DescribeInstanceAttachmentAttributesResponse().setInstances(AliyunFormats.each(
                page.items(), DescribeInstanceAttachmentAttributesResponse.Instance::new, (item, i) -> item
                        .setInstanceId(i.id()).setPrivatePoolOptionsMatchCriteria(pools.getOrDefault(i.id(), NONE))
                        .setPrivatePoolOptionsId(used.getOrDefault(i.id(), "")))), paging, page.total());
    }

    @Override
    public void modifyInstanceAttachmentAttributes(AliyunCall call, ModifyInstanceAttachmentAttributesRequest r) {
        String criteria = requested(call, r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId());
        if (criteria == null) throw call.missing("PrivatePoolOptions.MatchCriteria");
        settings.matchPrivatePools(call.scope(), r.instanceId(), criteria,
                target(criteria, r.privatePoolOptionsId()));
    }
}
