package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** SecGroupId.N: deletes every named group, or none if any is missing or still bound. */
@Component
public class DeleteSecGroup implements UcloudAction {
    private final SecurityGroupService groups;

    public DeleteSecGroup(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DeleteSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var ids = r.strings("SecGroupId");
        groups.deleteAll(r.scope(), ids);
        return Map.of();
    }
}
