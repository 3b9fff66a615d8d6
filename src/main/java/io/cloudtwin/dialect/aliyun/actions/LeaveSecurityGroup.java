package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.BindingService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Moves an instance (Running or Stopped) out of a security group; it must keep at least one. */
@Component
public class LeaveSecurityGroup implements AliyunAction {
    private final BindingService bindings;

    private final io.cloudtwin.core.InstanceService instances;

    public LeaveSecurityGroup(BindingService bindings, io.cloudtwin.core.InstanceService instances) {
        this.bindings = bindings;
        this.instances = instances;
    }

    @Override
    public String name() {
        return "LeaveSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId, or NetworkInterfaceId of the instance's primary interface; the seed's six errors";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        bindings.leave(r.scope(), BoundInstance.of(r, instances), groupId);
        return Map.of();
    }
}
