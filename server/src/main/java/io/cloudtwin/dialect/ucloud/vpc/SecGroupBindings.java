package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AssociateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeResourceSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeResourceSecGroupResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupResourceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DisassociateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.SecGroupResourceInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSecGroupAssociationRequest;

/** Which hosts and network interfaces (UNI) are in which security groups, with what priority. */
@Component
public record SecGroupBindings(BindingService bindings, InstanceService instances, SecurityGroupService groups,
                               InterfaceService interfaces, TagService tags)

        implements UcloudVpcApi.AssociateSecGroup, UcloudVpcApi.DisassociateSecGroup,
        UcloudVpcApi.UpdateSecGroupAssociation, UcloudVpcApi.DescribeSecGroupResource,
        UcloudVpcApi.DescribeResourceSecGroup {
    private static final String DEFAULT_TAG = "Default";

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

    /** SecGroupId, Offset, Limit -> the hosts bound to the group, then its network interfaces (UNI); TotalCount. */
    @Override
    public DescribeSecGroupResourceResponse describeSecGroupResource(UcloudCall call, DescribeSecGroupResourceRequest r) {
        var members = bindings.membersOf(call.scope(), r.secGroupId(), UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 10_000));
        Map<String, String> cardTags = tags.groups(members.cards().stream().map(NetworkInterface::id).toList(),
                DEFAULT_TAG);
        List<SecGroupResourceInfo> out = new ArrayList<>(members.hosts().stream().map(VpcViews::member).toList());
        members.cards().forEach(c -> out.add(VpcViews.member(c, cardTags.get(c.id()))));
        return new DescribeSecGroupResourceResponse().setTotalCount(UcloudFormats.count(members.total()))
                .setDataSet(out);
    }

    /**
     * ResourceType (uhost, the default, or uni), ResourceId.N (without it, every host or network interface of the
     * project, paged by Offset and Limit) -> each with its groups and priorities, TotalCount.
     */
    @Override
    public DescribeResourceSecGroupResponse describeResourceSecGroup(UcloudCall call, DescribeResourceSecGroupRequest r) {
        if (r.resourceType() != null && !r.resourceType().equals("uhost")) {
            if (r.resourceType().equals("uni")) return cardGroups(call, r);
            throw call.invalid("ResourceType");
        }
        List<String> ids = r.resourceId();
        var filter = new InstanceFilter(ids.isEmpty() ? null : ids, null, null, null, null, null);
        var page = ids.isEmpty()
                ? instances.list(call.scope(), filter, UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(), 10_000))
                : instances.list(call.scope(), filter, 0, ids.size());
        var byId = groups.byIds(call.scope(), page.items().stream().flatMap(i -> i.groupIds().stream()).toList());
        return new DescribeResourceSecGroupResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(i -> VpcViews.bindings(i, byId)).toList());
    }

    /** The project's network interfaces (those named, when ResourceId is given), oldest first, with their groups. */
    private DescribeResourceSecGroupResponse cardGroups(UcloudCall call, DescribeResourceSecGroupRequest r) {
        Scope scope = call.scope();
        List<NetworkInterface> all = interfaces.list(scope).stream()
                .filter(c -> r.resourceId().isEmpty() || r.resourceId().contains(c.id())).toList();
        var page = UcloudFormats.window(r.offset(), r.limit(), 10_000).page(all);
        var refs = interfaces.prioritiesOf(page.items().stream().map(NetworkInterface::id).toList());
        var byId = groups.byIds(scope, refs.values().stream()
                .flatMap(l -> l.stream().map(InstanceService.GroupRef::groupId)).toList());
        List<String> hostIds = page.items().stream().map(NetworkInterface::instanceId).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, Instance> hosts = hostIds.isEmpty() ? Map.of() : instances.list(scope, new InstanceFilter(hostIds,
                null, null, null, null, null), 0, hostIds.size()).items().stream()
                .collect(Collectors.toMap(Instance::id, i -> i));
        return new DescribeResourceSecGroupResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(c -> VpcViews.bindings(c,
                        c.instanceId() == null ? null : hosts.get(c.instanceId()),
                        refs.getOrDefault(c.id(), List.of()), byId)).toList());
    }
}
