package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.actions.sg.RuleParams.Direction;

/** Removes inbound rules by SecurityGroupRuleId.N, or those equal to the rules named. */
@Component
public class RevokeSecurityGroup implements AliyunAction {
    private final RuleService rules;
    private final SecurityGroupService groups;

    public RevokeSecurityGroup(RuleService rules, SecurityGroupService groups) {
        this.rules = rules;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "RevokeSecurityGroup";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return RuleActions.revoke(rules, groups, r, Direction.INGRESS);
    }
}
