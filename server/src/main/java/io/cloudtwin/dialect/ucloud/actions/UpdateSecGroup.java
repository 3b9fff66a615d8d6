package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** SecGroupId (array, as Terraform sends SecGroupId.0), Name, Remark, Tag: one of the three (220). All or nothing. */
@Component
public class UpdateSecGroup implements UcloudAction {
    private final SecurityGroupService groups;

    public UpdateSecGroup(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "UpdateSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        groups.updateAll(r.scope(), r.strings("SecGroupId"), r.string("Name"), r.string("Remark"), r.string("Tag"));
        return Map.of();
    }
}
