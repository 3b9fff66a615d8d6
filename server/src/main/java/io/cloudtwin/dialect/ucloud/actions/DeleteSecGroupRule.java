package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** SecGroupId, RuleId (array): all or nothing. */
@Component
public class DeleteSecGroupRule implements UcloudAction {
    private final SecurityGroupService groups;

    public DeleteSecGroupRule(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DeleteSecGroupRule";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String groupId = r.string("SecGroupId");
        var ruleIds = r.strings("RuleId");
        groups.removeRules(r.scope(), groupId, ruleIds);
        return Map.of();
    }
}
