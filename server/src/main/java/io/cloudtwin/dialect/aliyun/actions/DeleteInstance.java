package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Deletes a Stopped instance, or any instance with Force=true; its group bindings go with it. */
@Component
public class DeleteInstance implements AliyunAction {
    private final InstanceLifecycle instances;

    public DeleteInstance(InstanceLifecycle instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DeleteInstance";
    }

    @Override
    public String coverageNote() {
        return "Stopped, or any status with Force=true";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String id = r.required("InstanceId");
        boolean force = r.bool("Force", false);
        r.dryRunCheck();
        instances.delete(r.scope(), id, force);
        return Map.of();
    }
}
