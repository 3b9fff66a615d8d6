package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.actions.sg.RuleParams.Direction;

/** Changes an inbound rule, found by SecurityGroupRuleId or by its fields. */
@Component
public class ModifySecurityGroupRule implements AliyunAction {
    private final RuleService rules;
    private final SecurityGroupService groups;

    public ModifySecurityGroupRule(RuleService rules, SecurityGroupService groups) {
        this.rules = rules;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "ModifySecurityGroupRule";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return RuleActions.modify(rules, groups, r, Direction.INGRESS);
    }
}
