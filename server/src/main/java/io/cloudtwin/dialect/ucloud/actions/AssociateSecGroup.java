package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudItem;
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
        List<String> resources = r.strings("ResourceId");
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        for (UcloudItem item : r.items("PrioritySecGroup")) {
            refs.add(new InstanceService.GroupRef(item.string("SecGroupId"),
                    Priorities.check(item.integer("Priority"), item.key("Priority"))));
        }
        if (refs.size() > 1 && resources.size() > 1) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "ResourceId, PrioritySecGroup");
        }
        bindings.associate(r.scope(), refs, resources);
        return Map.of();
    }
}
