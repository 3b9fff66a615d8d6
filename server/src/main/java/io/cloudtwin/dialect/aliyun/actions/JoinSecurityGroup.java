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
    private final io.cloudtwin.core.InterfaceService interfaces;
    private final int groupLimit;

    public JoinSecurityGroup(BindingService bindings, io.cloudtwin.core.InstanceService instances,
                             io.cloudtwin.core.InterfaceService interfaces, io.cloudtwin.config.CloudtwinProperties props) {
        this.bindings = bindings;
        this.instances = instances;
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
    public Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        String instanceId = BoundInstance.of(r, instances);
        try {
            if (instanceId == null) interfaces.join(r.scope(), r.required("NetworkInterfaceId"), groupId, groupLimit);
            else bindings.join(r.scope(), instanceId, groupId, 1);
        } catch (io.cloudtwin.core.InterfaceService.Refused e) {
            throw r.error("InvalidEniId.NotFound");
        }
        return Map.of();
    }
}
