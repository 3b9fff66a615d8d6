package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.BindingService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class JoinSecurityGroup implements AliyunAction {
    private final BindingService bindings;

    private final io.cloudtwin.core.InstanceService instances;

    public JoinSecurityGroup(BindingService bindings, io.cloudtwin.core.InstanceService instances) {
        this.bindings = bindings;
        this.instances = instances;
    }

    @Override
    public String name() {
        return "JoinSecurityGroup";
    }

    @Override
    public String coverageNote() {
        return "InstanceId, or NetworkInterfaceId of the instance's primary interface";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        bindings.join(r.scope(), BoundInstance.of(r, instances), groupId, 1);
        return Map.of();
    }
}
