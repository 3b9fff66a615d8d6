package io.cloudtwin.dialect.ucloud.uhost;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.IsolationGroupService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateIsolationGroupRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateIsolationGroupResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.DeleteIsolationGroupRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DeleteIsolationGroupResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeIsolationGroupRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeIsolationGroupResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.IsolationGroup;
import io.cloudtwin.dialect.ucloud.uhost.api.LeaveIsolationGroupRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.LeaveIsolationGroupResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.SpreadInfo;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;

/**
 * Hardware isolation groups (terraform-provider-ucloud's ucloud_isolation_group, and ucloud_instance's
 * isolation_group, which CreateUHostInstance's IsolationGroup joins): at most seven hosts of a group in each zone,
 * DescribeIsolationGroup's SpreadInfoSet counting them.
 */
@Component
public record IsolationGroups(IsolationGroupService groups, InstanceService instances)
        implements UhostApi.CreateIsolationGroup, UhostApi.DescribeIsolationGroup, UhostApi.DeleteIsolationGroup,
        UhostApi.LeaveIsolationGroup {
    /** GroupName as the provider validates it: 1 to 63 letters, digits, '-', '_' and '.'. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,63}");
    /** GroupId: this prefix and 8 lower-case letters and digits (cloudtwin's shape; UCloud documents none). */
    private static final String ID_PREFIX = "ig-";

    @Override
    public CreateIsolationGroupResponse createIsolationGroup(UcloudCall call, CreateIsolationGroupRequest r) {
        if (!NAME.matcher(r.groupName()).matches()) throw call.invalid("GroupName");
        var g = groups.create(call.scope(), Ids.random(ID_PREFIX, 8), r.groupName(),
                text(r.remark(), "Remark", REMARK));
        return new CreateIsolationGroupResponse().setGroupId(g.id());
    }

    @Override
    public DescribeIsolationGroupResponse describeIsolationGroup(UcloudCall call, DescribeIsolationGroupRequest r) {
        var page = groups.list(call.scope(), r.groupId(), UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 100));
        return new DescribeIsolationGroupResponse().setTotalCount(UcloudFormats.total(page))
                .setIsolationGroupSet(page.items().stream().map(v -> new IsolationGroup().setGroupId(v.group().id())
                        .setGroupName(v.group().name()).setRemark(v.group().remark())
                        .setSpreadInfoSet(v.spread().entrySet().stream().map(e -> new SpreadInfo().setZone(e.getKey())
                                .setUHostCount(Math.toIntExact(e.getValue()))).toList())).toList());
    }

    @Override
    public DeleteIsolationGroupResponse deleteIsolationGroup(UcloudCall call, DeleteIsolationGroupRequest r) {
        groups.delete(call.scope(), r.groupId());
        return new DeleteIsolationGroupResponse().setGroupId(r.groupId());
    }

    @Override
    public LeaveIsolationGroupResponse leaveIsolationGroup(UcloudCall call, LeaveIsolationGroupRequest r) {
        groups.leave(call.scope(), r.groupId(), instances.get(call.scope(), r.uHostId()));
        return new LeaveIsolationGroupResponse().setUHostId(r.uHostId());
    }
}
