package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** For each of SecurityGroupId.N (up to 10), the other groups whose rules name it as their peer. */
@Component
public class DescribeSecurityGroupReferences implements AliyunAction {
    private final RuleService rules;

    public DescribeSecurityGroupReferences(RuleService rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "DescribeSecurityGroupReferences";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        List<String> ids = r.list("SecurityGroupId");
        if (ids.isEmpty() || ids.size() > 10) throw r.error("InvalidSecurityGroupId.Malformed");
        Map<String, List<String>> refs;
        try {
            refs = rules.references(r.regionalScope(), ids);
        } catch (RuleService.Refused e) {
            throw r.error("InvalidSecurityGroupId.NotFound");
        }
        String owner = String.valueOf(AliyunNetworkViews.ownerId(r.account().id()));
        return Map.of("SecurityGroupReferences", ids.stream().map(id -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("SecurityGroupId", id);
            m.put("ReferencingSecurityGroups", refs.getOrDefault(id, List.of()).stream()
                    .map(g -> Map.of("SecurityGroupId", g, "AliUid", owner)).toList());
            return m;
        }).toList());
    }
}
