package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** VPCID (as the SDKs spell it) or VPCId (as the doc example does), Name (<= 64): a group with no rule. */
@Component
public class CreateSecGroup implements UcloudAction {
    private final SecurityGroupService groups;

    public CreateSecGroup(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String vpcId = r.string("VPCID", r.string("VPCId"));
        var g = groups.create(r.scope(), new SecurityGroupService.NewGroup(r.string("Name"), "", vpcId,
                "user defined", "Default"));
        return Map.of("SecGroupId", g.id());
    }
}
