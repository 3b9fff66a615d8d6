package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.security.SecurityGroupFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.UcloudViews;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * VPCId, SecGroupId.N (then Offset/Limit are ignored; an id that does not exist is 208704), Limit (20), Offset
 * -> DataSet[SecGroupInfo] (no TotalCount: neither the doc nor the SDKs' DescribeSecGroupResponse has one).
 */
@Component
public class DescribeSecGroup implements UcloudAction {
    private final SecurityGroupService groups;

    public DescribeSecGroup(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DescribeSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> ids = r.strings("SecGroupId");
        int limit = ids.isEmpty() ? Paging.limit(r, 10_000) : ids.size();
        int offset = ids.isEmpty() ? Paging.offset(r) : 0;
        var page = groups.list(r.scope(), new SecurityGroupFilter(ids, null, r.string("VPCId")), offset, limit);
        if (!ids.isEmpty()) {
            var found = page.items().stream().map(SecurityGroup::id).collect(java.util.stream.Collectors.toSet());
            for (String id : ids) if (!found.contains(id)) throw new UcloudException(UcloudRetCode.SEC_GROUP_NOT_EXIST, id);
        }
        var rules = groups.rulesOf(page.items().stream().map(SecurityGroup::id).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("DataSet", page.items().stream()
                .map(g -> UcloudViews.secGroup(g, rules.getOrDefault(g.id(), List.of()))).toList());
        return out;
    }
}
