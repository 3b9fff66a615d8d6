package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.security.SecurityGroupFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * UAccount GetProjectList (no Region): the caller's configured projects (cloudtwin.accounts[N].ucloud.projects; the
 * first is the default) -> ProjectCount, ProjectSet[ProjectListInfo]. ProjectName is the project id (no names are
 * configured); ResourceCount counts the project's hosts and security groups in every region; CreateTime is when this
 * server started.
 */
@Component
public class GetProjectList implements UcloudAction {
    private final InstanceService instances;
    private final SecurityGroupService groups;
    private final long started;

    public GetProjectList(InstanceService instances, SecurityGroupService groups, Clock clock) {
        this.instances = instances;
        this.groups = groups;
        this.started = clock.instant().getEpochSecond();
    }

    @Override
    public String name() {
        return "GetProjectList";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<Map<String, Object>> set = new ArrayList<>();
        List<String> projects = r.account().ucloudProjects();
        for (String p : projects) {
            Scope everywhere = new Scope(Cloud.UCLOUD, r.account().id(), null, p);
            long count = instances.list(everywhere, InstanceFilter.none(), 0, 1).total()
                    + groups.list(everywhere, new SecurityGroupFilter(null, null, null), 0, 1).total();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ProjectId", p);
            m.put("ProjectName", p);
            m.put("ParentId", "");
            m.put("ParentName", "");
            m.put("CreateTime", started);
            m.put("IsDefault", p.equals(r.account().defaultUcloudProject()));
            m.put("ResourceCount", count);
            m.put("MemberCount", 1);
            set.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ProjectCount", set.size());
        out.put("ProjectSet", set);
        return out;
    }
}
