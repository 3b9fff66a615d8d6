package io.cloudtwin.dialect.aliyun.actions;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.BindingService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.Scope;

/** Moves an instance (Running or Stopped) out of a security group; it must keep at least one. */
@Component
public class LeaveSecurityGroup extends BoundInstance {
    private final BindingService bindings;
    private final InterfaceService interfaces;

    public LeaveSecurityGroup(BindingService bindings, InstanceService instances, InterfaceService interfaces) {
        super(instances);
        this.bindings = bindings;
        this.interfaces = interfaces;
    }

    @Override
    public String name() {
        return "LeaveSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId, or NetworkInterfaceId (an instance's primary interface: the instance's groups; a secondary one: its own); the seed's six errors";
    }

    @Override
    void onInstance(Scope scope, String instanceId, String groupId) {
        bindings.leave(scope, instanceId, groupId);
    }

    @Override
    void onInterface(Scope scope, String interfaceId, String groupId) {
        interfaces.leave(scope, interfaceId, groupId);
    }
}
