package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class CreateSecurityGroup implements AliyunAction {
    private static final Set<String> TYPES = Set.of("normal", "enterprise");
    private final SecurityGroupService groups;

    public CreateSecurityGroup(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateSecurityGroup";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        String type = r.optional("SecurityGroupType", "normal");
        if (!TYPES.contains(type)) throw new AliyunException(AliyunError.INVALID_PARAMETER, "SecurityGroupType");
        String name = r.optional("SecurityGroupName", "");
        if (name.length() > 128) throw new AliyunException(AliyunError.INVALID_PARAMETER, "SecurityGroupName");
        String description = r.optional("Description", "");
        if (description.length() > 256) throw new AliyunException(AliyunError.INVALID_PARAMETER, "Description");
        var g = groups.create(scope, new SecurityGroupService.NewGroup(name, description, r.optional("VpcId", ""), type, ""));
        return Map.of("SecurityGroupId", g.id());
    }
}
