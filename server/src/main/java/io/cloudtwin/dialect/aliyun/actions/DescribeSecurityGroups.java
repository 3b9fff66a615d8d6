package io.cloudtwin.dialect.aliyun.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.store.SecurityGroupStore;

@Component
public class DescribeSecurityGroups implements AliyunAction {
    private final SecurityGroupService groups;

    public DescribeSecurityGroups(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DescribeSecurityGroups";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        List<String> ids = new ArrayList<>(r.jsonArray("SecurityGroupIds", 100));
        String single = r.optional("SecurityGroupId");
        if (single != null) ids.add(single);
        int pageNumber = r.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = r.integer("PageSize", 10, 1, 50);
        var page = groups.list(scope, new SecurityGroupStore.Filter(ids, r.optional("SecurityGroupName"),
                r.optional("VpcId")), (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize), pageSize);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RegionId", scope.region());
        out.put("TotalCount", page.total());
        out.put("PageNumber", pageNumber);
        out.put("PageSize", pageSize);
        out.put("SecurityGroups", AliyunViews.wrap("SecurityGroup",
                page.items().stream().map(AliyunViews::securityGroup).toList()));
        return out;
    }
}
