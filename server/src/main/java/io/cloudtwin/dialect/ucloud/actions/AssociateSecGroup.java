package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.BindingService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * ResourceId.N, PrioritySecGroup.N.SecGroupId and .Priority (1..5): binds, or re-binds with a new priority.
 * Only one of the two sides may hold several values.
 */
@Component
public class AssociateSecGroup implements UcloudAction {
    private final BindingService bindings;

    public AssociateSecGroup(BindingService bindings) {
        this.bindings = bindings;
    }

    @Override
    public String name() {
        return "AssociateSecGroup";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> resources = r.list("ResourceId");
        if (resources.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "ResourceId");
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        for (Map<String, String> item : r.objects("PrioritySecGroup")) {
            String id = item.get("SecGroupId");
            if (id == null || id.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "PrioritySecGroup.N.SecGroupId");
            refs.add(new InstanceService.GroupRef(id, Priorities.parse(item.get("Priority"), "PrioritySecGroup.N.Priority")));
        }
        if (refs.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "PrioritySecGroup.0.SecGroupId");
        if (refs.size() > 1 && resources.size() > 1) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "ResourceId, PrioritySecGroup");
        }
        bindings.associate(r.scope(), refs, resources);
        return Map.of();
    }
}
