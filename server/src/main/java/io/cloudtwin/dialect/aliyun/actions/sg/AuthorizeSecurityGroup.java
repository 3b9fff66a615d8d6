package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.actions.sg.RuleParams.Direction;

/** Adds inbound rules; a rule the group already has is left as it is (the real API answers success). */
@Component
public class AuthorizeSecurityGroup implements AliyunAction {
    private final RuleService rules;
    private final SecurityGroupService groups;

    public AuthorizeSecurityGroup(RuleService rules, SecurityGroupService groups) {
        this.rules = rules;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "AuthorizeSecurityGroup";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return RuleActions.authorize(rules, groups, r, Direction.INGRESS);
    }
}
