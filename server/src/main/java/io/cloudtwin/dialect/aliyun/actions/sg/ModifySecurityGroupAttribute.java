package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Renames or re-describes a group: name 2-128 characters, description up to 256, neither starting http(s)://. */
@Component
public class ModifySecurityGroupAttribute implements AliyunAction {
    private final SecurityGroupService groups;

    public ModifySecurityGroupAttribute(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "ModifySecurityGroupAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String name = r.string("SecurityGroupName");
        if (name != null && (name.length() > 128 || name.startsWith("http://") || name.startsWith("https://"))) {
            throw r.error("InvalidSecurityGroupName.Malformed");
        }
        String description = r.string("Description");
        if (description != null && (description.length() > 256 || description.startsWith("http://")
                || description.startsWith("https://"))) {
            throw r.error("InvalidSecurityGroupDiscription.Malformed");
        }
        groups.update(r.regionalScope(), r.required("SecurityGroupId"), name, description);
        return Map.of();
    }
}
