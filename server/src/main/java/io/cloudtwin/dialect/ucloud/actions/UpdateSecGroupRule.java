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

/**
 * SecGroupId, Rule.N.{RuleId, Direction, IPRange, Priority, ProtocolType, DstPort, RuleAction, Remark}: replaces each
 * named rule; all or nothing (a rule the group does not have changes none).
 */
@Component
public class UpdateSecGroupRule implements UcloudAction {
    private final SecurityGroupService groups;

    public UpdateSecGroupRule(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "UpdateSecGroupRule";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String groupId = r.string("SecGroupId");
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (UcloudItem it : r.items("Rule")) rules.add(SecGroupRules.of(it, it.string("RuleId"), groupId));
        groups.updateRules(r.scope(), groupId, rules);
        return Map.of();
    }
}
