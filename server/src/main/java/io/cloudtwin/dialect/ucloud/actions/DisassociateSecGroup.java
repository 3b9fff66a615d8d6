package io.cloudtwin.dialect.ucloud.actions;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * SecGroupId (array), ResourceId (array), Force. Only groups: unbind every resource of them; only resources:
 * unbind every group of them; both: the pairs. At least one side, and only one side with several values.
 * (ResourceType, shown in the doc's example, is ignored.)
 */
@Component
public class DisassociateSecGroup implements UcloudAction {
    private final BindingService bindings;

    public DisassociateSecGroup(BindingService bindings) {
        this.bindings = bindings;
    }

    @Override
    public String name() {
        return "DisassociateSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> groups = r.strings("SecGroupId");
        List<String> resources = r.strings("ResourceId");
        boolean force = r.bool("Force");
        if (groups.isEmpty() && resources.isEmpty()) {
            throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "SecGroupId or ResourceId");
        }
        if (groups.size() > 1 && resources.size() > 1) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "SecGroupId, ResourceId");
        }
        bindings.disassociate(r.scope(), groups, resources, force);
        return Map.of();
    }
}
