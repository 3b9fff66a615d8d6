package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** VPCID (as the SDKs spell it) or VPCId (as the doc example does), Name (<= 64), Remark, Tag. */
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
        String vpcId = r.optional("VPCID", r.optional("VPCId"));
        if (vpcId == null) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "VPCId");
        String name = r.required("Name");
        if (name.length() > 64) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Name");
        var g = groups.create(r.scope(), new SecurityGroupService.NewGroup(name, r.optional("Remark", ""), vpcId,
                "user defined", r.optional("Tag", "Default")));
        return Map.of("SecGroupId", g.id());
    }
}
