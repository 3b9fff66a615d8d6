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
        for (String id : r.strings("SecGroupId")) groups.update(r.scope(), id, r.string("Name"), r.string("Remark"));
        return Map.of();
    }
}
