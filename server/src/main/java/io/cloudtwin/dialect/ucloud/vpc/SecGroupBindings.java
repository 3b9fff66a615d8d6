package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupFilter;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AssociateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeResourceSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeResourceSecGroupResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupResourceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DisassociateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSecGroupAssociationRequest;

/** Which hosts are in which security groups, with what priority. */
@Component
public record SecGroupBindings(BindingService bindings, InstanceService instances, SecurityGroupService groups)

        implements UcloudVpcApi.AssociateSecGroup, UcloudVpcApi.DisassociateSecGroup,
        UcloudVpcApi.UpdateSecGroupAssociation, UcloudVpcApi.DescribeSecGroupResource,
        UcloudVpcApi.DescribeResourceSecGroup {
    /**
     * ResourceId.N, PrioritySecGroup.N.SecGroupId and .Priority (1..5, 1 when absent): binds, or re-binds with a new
     * priority. Only one of the two sides may hold several values.
     */
    @Override
    public void associateSecGroup(UcloudCall call, AssociateSecGroupRequest r) {
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        for (var item : r.prioritySecGroup()) {
            refs.add(ref(call, item.secGroupId(), item.priority(), item.keyOf("Priority")));
        }
        if (refs.size() > 1 && r.resourceId().size() > 1) throw call.invalid("ResourceId, PrioritySecGroup");
        bindings.associate(call.scope(), refs, r.resourceId());
    }

    /** A group and its priority (1..5, 1 when absent; else 230 naming the field). */
    static InstanceService.GroupRef ref(UcloudCall call, String groupId, Integer priority, String field) {
        int p = priority == null ? 1 : priority;
        if (p < 1 || p > 5) throw call.invalid(field);
        return new InstanceService.GroupRef(groupId, p);
    }

    /**
     * ResourceId, OldSecGroupId.N, NewPrioritySecGroup.N.SecGroupId and .Priority (1..5): the resource leaves the old
     * groups (each one it is in, else 230), then joins the new ones or takes their priority; its other groups stay. All
     * or nothing.
     */
    @Override
    public void updateSecGroupAssociation(UcloudCall call, UpdateSecGroupAssociationRequest r) {
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        for (var item : r.newPrioritySecGroup()) {
            refs.add(ref(call, item.secGroupId(), item.priority(), item.keyOf("Priority")));
        }
        bindings.replace(call.scope(), r.resourceId(), r.oldSecGroupId(), refs);
    }

    /**
     * SecGroupId.N, ResourceId.N, Force. Only groups: unbind every resource of them; only resources: every group of
     * them; both: the pairs. At least one side, and only one side with several values; without Force no resource may
     * end with no group.
     */
    @Override
    public void disassociateSecGroup(UcloudCall call, DisassociateSecGroupRequest r) {
        if (r.secGroupId().isEmpty() && r.resourceId().isEmpty()) throw call.missing("SecGroupId or ResourceId");
        if (r.secGroupId().size() > 1 && r.resourceId().size() > 1) throw call.invalid("SecGroupId, ResourceId");
        bindings.disassociate(call.scope(), r.secGroupId(), r.resourceId(), r.force());
    }

    /** SecGroupId, Offset, Limit -> the hosts bound to the group, TotalCount. */
    @Override
    public DescribeSecGroupResourceResponse describeSecGroupResource(UcloudCall call, DescribeSecGroupResourceRequest r) {
        var page = instances.membersOf(call.scope(), r.secGroupId(), UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 10_000));
        return new DescribeSecGroupResourceResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(VpcViews::member).toList());
    }

    /**
     * ResourceType (uhost), ResourceId.N (without it, every host of the project, paged by Offset and Limit) -> each
     * host with its groups and priorities, TotalCount.
     */
    @Override
    public DescribeResourceSecGroupResponse describeResourceSecGroup(UcloudCall call, DescribeResourceSecGroupRequest r) {
        List<String> ids = r.resourceId();
        if (r.resourceType() != null && !r.resourceType().equals("uhost")) throw call.invalid("ResourceType");
        var filter = new InstanceFilter(ids.isEmpty() ? null : ids, null, null, null, null, null);
        var page = ids.isEmpty()
                ? instances.list(call.scope(), filter, UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(), 10_000))
                : instances.list(call.scope(), filter, 0, ids.size());
        List<String> groupIds = page.items().stream().flatMap(i -> i.groupIds().stream()).distinct().toList();
        Map<String, SecurityGroup> byId = new HashMap<>();
        groups.list(call.scope(), new SecurityGroupFilter(groupIds, null, null), 0, Math.max(1, groupIds.size()))
                .items().forEach(g -> byId.put(g.id(), g));
        return new DescribeResourceSecGroupResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(i -> VpcViews.bindings(i, byId)).toList());
    }
}
