package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroup;
import io.cloudtwin.core.SecurityGroupRule;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/**
 * A group's attributes and rules: Direction (ingress, egress, all) and NicType filter the rules; with NextToken or
 * MaxResults the rules come a page at a time.
 */
@Component
public class DescribeSecurityGroupAttribute implements AliyunAction {
    private final SecurityGroupService groups;
    private final RuleService rules;

    public DescribeSecurityGroupAttribute(SecurityGroupService groups, RuleService rules) {
        this.groups = groups;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "DescribeSecurityGroupAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        String direction = r.string("Direction", "all");
        if (!List.of("ingress", "egress", "all").contains(direction)) throw RuleParams.documentedOr(r, "InvalidParamter", "Direction");
        String nicType = r.string("NicType");
        if (nicType != null && !nicType.equals("intranet") && !nicType.equals("internet")) {
            throw RuleParams.documentedOr(r, "InvalidNicType.ValueNotSupported", "NicType");
        }
        SecurityGroup g = RuleActions.group(groups, r, null);
        List<SecurityGroupRule> all = rules.rulesOf(scope, g.id()).stream()
                .filter(x -> direction.equals("all") || x.direction().equals(direction))
                .filter(x -> nicType == null || x.nicType().equals(nicType)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RegionId", g.region());
        out.put("SecurityGroupId", g.id());
        out.put("SecurityGroupName", g.name());
        out.put("Description", g.description());
        out.put("VpcId", g.vpcId());
        out.put("InnerAccessPolicy", rules.innerAccessPolicy(g.id()));
        List<SecurityGroupRule> shown = all;
        if (r.has("NextToken") || r.has("MaxResults")) {
            var paging = r.paging(100);
            shown = all.subList(Math.min(all.size(), paging.offset()),
                    (int) Math.min(all.size(), (long) paging.offset() + paging.limit()));
            out.put("NextToken", paging.answer(all.size()).getOrDefault("NextToken", ""));
        }
        out.put("Permissions", shown.stream().map(RuleParams::view).toList());
        return out;
    }
}
