package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Creates one instance, Stopped, as the real CreateInstance does. */
@Component
public class CreateInstance implements AliyunAction {
    private final InstanceService instances;

    public CreateInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "CreateInstance";
    }

    @Override
    public String coverageNote() {
        return "created Stopped; one SecurityGroupId";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var spec = InstanceSpecs.from(r, InstanceStatus.STOPPED);
        r.dryRunCheck();
        return Map.of("InstanceId", instances.create(scope, spec, 1).get(0).id());
    }
}
