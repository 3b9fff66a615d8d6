package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.BindingService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class JoinSecurityGroup implements AliyunAction {
    private final BindingService bindings;

    public JoinSecurityGroup(BindingService bindings) {
        this.bindings = bindings;
    }

    @Override
    public String name() {
        return "JoinSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId only (NetworkInterfaceId not yet)";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        bindings.join(r.scope(), r.required("InstanceId"), groupId, 1);
        return Map.of();
    }
}
