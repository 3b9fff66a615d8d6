package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudItem;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** SecGroupId, Rule.N.{Direction, IPRange, Priority, ProtocolType, DstPort, RuleAction, Remark} -> RuleId[]. */
@Component
public class CreateSecGroupRule implements UcloudAction {
    private final SecurityGroupService groups;

    public CreateSecGroupRule(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateSecGroupRule";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String groupId = r.string("SecGroupId");
        List<SecurityGroupRule> specs = new ArrayList<>();
        for (UcloudItem it : r.items("Rule")) specs.add(SecGroupRules.of(it, null, groupId));
        var created = groups.addRules(r.scope(), groupId, specs);
        return Map.of("RuleId", created.stream().map(SecurityGroupRule::id).toList());
    }
}
