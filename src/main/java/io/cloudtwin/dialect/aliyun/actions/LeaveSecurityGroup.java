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

    public LeaveSecurityGroup(BindingService bindings) {
        this.bindings = bindings;
    }

    @Override
    public String name() {
        return "LeaveSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId only (NetworkInterfaceId not yet); the seed's six errors";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        bindings.leave(r.scope(), r.required("InstanceId"), groupId);
        return Map.of();
    }
}
