package io.cloudtwin.dialect.aliyun.actions;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.BindingService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.Scope;

/** Adds an instance (Running or Stopped), or a secondary network interface, to one more security group. */
@Component
public class JoinSecurityGroup extends BoundInstance {
    private final BindingService bindings;
    private final InterfaceService interfaces;
    private final int groupLimit;

    public JoinSecurityGroup(BindingService bindings, InstanceService instances, InterfaceService interfaces,
                             CloudtwinProperties props) {
        super(instances);
        this.bindings = bindings;
        this.interfaces = interfaces;
        this.groupLimit = props.limits().groupsPerInstance();
    }

    @Override
    public String name() {
        return "JoinSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId, or NetworkInterfaceId (an instance's primary interface: the instance's groups; a secondary one: its own)";
    }

    @Override
    void onInstance(Scope scope, String instanceId, String groupId) {
        bindings.join(scope, instanceId, groupId, 1);
    }

    @Override
    void onInterface(Scope scope, String interfaceId, String groupId) {
        interfaces.join(scope, interfaceId, groupId, groupLimit);
    }
}
