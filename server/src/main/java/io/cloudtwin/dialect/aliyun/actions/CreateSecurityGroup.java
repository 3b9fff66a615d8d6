package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Creates a security group: normal (default) or enterprise; name up to 128 and description up to 256 characters. */
@Component
public class CreateSecurityGroup implements AliyunAction {
    private static final Set<String> TYPES = Set.of("normal", "enterprise");
    private final io.cloudtwin.core.GroupLifecycle groups;

    public CreateSecurityGroup(io.cloudtwin.core.GroupLifecycle groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "SecurityGroupType normal/enterprise; the VPC is not checked yet";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        String type = r.string("SecurityGroupType", "normal");
        if (!TYPES.contains(type)) throw r.invalid("SecurityGroupType");
        String name = r.string("SecurityGroupName", "");
        if (name.length() > 128) throw r.invalid("SecurityGroupName");
        String description = r.string("Description", "");
        if (description.length() > 256) throw r.invalid("Description");
        var tags = r.tags("Tag");
        io.cloudtwin.core.SecurityGroup g;
        try {
            g = groups.create(scope, new SecurityGroupService.NewGroup(name, description, r.string("VpcId", ""), type, ""),
                    tags);
        } catch (io.cloudtwin.core.TagService.Refused e) {
            throw r.error("QuotaExceed.Tags", "Tag");
        }
        return Map.of("SecurityGroupId", g.id());
    }
}
