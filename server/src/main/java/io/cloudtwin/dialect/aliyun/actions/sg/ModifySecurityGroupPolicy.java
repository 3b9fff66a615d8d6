package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Sets whether members of a group reach each other: InnerAccessPolicy Accept or Drop (any case). */
@Component
public class ModifySecurityGroupPolicy implements AliyunAction {
    private final RuleService rules;

    public ModifySecurityGroupPolicy(RuleService rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "ModifySecurityGroupPolicy";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String policy = switch (r.required("InnerAccessPolicy").toLowerCase(Locale.ROOT)) {
            case "accept" -> "Accept";
            case "drop" -> "Drop";
            default -> throw r.error("InvalidPolicy.Malformed");
        };
        try {
            rules.setInnerAccessPolicy(r.regionalScope(), r.required("SecurityGroupId"), policy);
        } catch (RuleService.Refused e) {
            throw r.error("InvalidSecurityGroupId.NotFound");
        }
        return Map.of();
    }
}
