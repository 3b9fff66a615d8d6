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

/**
 * Lists the region's security groups, filtered by SecurityGroupIds (JSON array), SecurityGroupId, SecurityGroupName,
 * VpcId and SecurityGroupType, paged by PageNumber/PageSize or NextToken/MaxResults.
 */
@Component
public class DescribeSecurityGroups implements AliyunAction {
    private final SecurityGroupService groups;

    private final io.cloudtwin.core.TagService tags;

    public DescribeSecurityGroups(SecurityGroupService groups, io.cloudtwin.core.TagService tags) {
        this.groups = groups;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeSecurityGroups";
    }

    @Override
    public String coverageNote() {
        return "filters SecurityGroupIds, SecurityGroupId, SecurityGroupName, VpcId, SecurityGroupType; PageNumber/PageSize or NextToken/MaxResults; Tag.N filter not yet";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        List<String> ids = new ArrayList<>(r.list("SecurityGroupIds"));
        String single = r.string("SecurityGroupId");
        if (single != null) ids.add(single);
        var paging = r.paging(10);
        r.dryRunCheck();
        Map<String, String> tagFilter = r.tags("Tag");
        if (!tagFilter.isEmpty()) {
            List<String> tagged = tags.idsHaving(scope, io.cloudtwin.core.TagService.Kind.SECURITY_GROUP, tagFilter);
            if (ids.isEmpty()) ids.addAll(tagged.isEmpty() ? List.of("") : tagged);
            else ids.retainAll(tagged);
            if (ids.isEmpty()) ids.add("");
        }
        var page = groups.list(scope, new SecurityGroupStore.Filter(ids, r.string("SecurityGroupName"),
                r.string("VpcId"), r.string("SecurityGroupType")), paging.offset(), paging.limit());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RegionId", scope.region());
        out.putAll(paging.answer(page.total()));
        var tagged = tags.of(page.items().stream().map(io.cloudtwin.core.SecurityGroup::id).toList());
        out.put("SecurityGroups", page.items().stream().map(g -> {
            Map<String, Object> m = AliyunViews.securityGroup(g);
            m.put("Tags", io.cloudtwin.dialect.aliyun.AliyunNetworkViews.ecsTags(tagged.get(g.id())));
            return m;
        }).toList());
        return out;
    }
}
