package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.security.SecurityGroupFilter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.security.Membership;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.UcloudViews;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * ResourceType (uhost), ResourceId.N (optional: without it, every host of the project, paged by Offset/Limit)
 * -> DataSet[ResourceSecgroupInfoEx] of each resource with its groups and priorities, TotalCount.
 */
@Component
public class DescribeResourceSecGroup implements UcloudAction {
    private final InstanceService instances;
    private final SecurityGroupService groups;

    public DescribeResourceSecGroup(InstanceService instances, SecurityGroupService groups) {
        this.instances = instances;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DescribeResourceSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> ids = r.strings("ResourceId");
        String type = r.string("ResourceType", "uhost");
        if (!type.equals("uhost")) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "ResourceType");
        var filter = new InstanceFilter(ids.isEmpty() ? null : ids, null, null, null, null, null);
        var page = ids.isEmpty() ? instances.list(r.scope(), filter, Paging.offset(r), Paging.limit(r, 10_000))
                : instances.list(r.scope(), filter, 0, ids.size());
        List<String> groupIds = page.items().stream().flatMap(i -> i.groupIds().stream()).distinct().toList();
        Map<String, SecurityGroup> byId = new HashMap<>();
        groups.list(r.scope(), new SecurityGroupFilter(groupIds, null, null), 0, Math.max(1, groupIds.size()))
                .items().forEach(g -> byId.put(g.id(), g));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("DataSet", page.items().stream().map(i -> resource(i, byId)).toList());
        return out;
    }

    private static Map<String, Object> resource(Instance i, Map<String, SecurityGroup> groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ResourceId", i.id());
        m.put("ResourceName", i.name());
        m.put("Count", i.memberships().size());
        m.put("PermitAssociate", true);
        m.put("ExInfo", exInfo(i));
        m.put("SecGroupInfo", i.memberships().stream().map(b -> group(b, groups.get(b.groupId()))).toList());
        return m;
    }

    /** ResourceExInfo: a UHost is its own top resource; its private IP, no EIP, no UNI. */
    private static Map<String, Object> exInfo(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SuperResourceId", i.id());
        m.put("SuperResourceName", i.name());
        m.put("ResourceName", i.name());
        m.put("IP", List.of(UcloudViews.address(i)));
        m.put("EIP", List.of());
        m.put("Uni", List.of());
        return m;
    }

    private static Map<String, Object> group(Membership b, SecurityGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SecGroupId", b.groupId());
        m.put("Name", g == null ? "" : g.name());
        m.put("VPCId", g == null ? "" : g.vpcId());
        m.put("Priority", b.priority());
        return m;
    }
}
