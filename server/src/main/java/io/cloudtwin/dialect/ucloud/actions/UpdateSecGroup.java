package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** SecGroupId, Name, Remark. */
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
        String id = r.required("SecGroupId");
        String name = r.optional("Name");
        if (name != null && name.length() > 64) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Name");
        groups.update(r.scope(), id, name, r.optional("Remark"));
        return Map.of();
    }
}
