package io.cloudtwin.dialect.ucloud.uaccount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.security.SecurityGroupFilter;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.uaccount.api.GetProjectListRequest;
import io.cloudtwin.dialect.ucloud.uaccount.api.GetProjectListResponse;
import io.cloudtwin.dialect.ucloud.uaccount.api.ProjectListInfo;
import io.cloudtwin.dialect.ucloud.uaccount.api.UaccountApi;

/**
 * GetProjectList (no Region): the caller's configured projects (cloudtwin.accounts[N].ucloud.projects; the first is
 * the default). ProjectName is the project id (no names are configured); ResourceCount counts the project's hosts and
 * security groups in every region; CreateTime is when this server started.
 */
@Component
public class Projects implements UaccountApi.GetProjectList {
    private final InstanceService instances;
    private final SecurityGroupService groups;
    private final int started;

    public Projects(InstanceService instances, SecurityGroupService groups, Clock clock) {
        this.instances = instances;
        this.groups = groups;
        this.started = Math.toIntExact(clock.instant().getEpochSecond());
    }

    @Override
    public GetProjectListResponse getProjectList(UcloudCall call, GetProjectListRequest r) {
        Account account = call.account();
        List<ProjectListInfo> set = new ArrayList<>();
        for (String p : account.ucloudProjects()) {
            Scope everywhere = new Scope(Cloud.UCLOUD, account.id(), null, p);
            long count = instances.list(everywhere, InstanceFilter.none(), 0, 1).total()
                    + groups.list(everywhere, new SecurityGroupFilter(null, null, null), 0, 1).total();
            set.add(new ProjectListInfo().setProjectId(p).setProjectName(p).setParentId("").setParentName("")
                    .setCreateTime(started).setIsDefault(p.equals(account.defaultUcloudProject()))
                    .setResourceCount(UcloudFormats.count(count)).setMemberCount(1));
        }
        return new GetProjectListResponse().setProjectCount(set.size()).setProjectSet(set);
    }
}
