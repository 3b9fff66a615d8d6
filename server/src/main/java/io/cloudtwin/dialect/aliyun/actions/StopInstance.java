package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class StopInstance implements AliyunAction {
    private final InstanceService instances;

    public StopInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "StopInstance";
    }

    @Override
    public String coverageNote() {
        return "from Running via Stopping";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String id = r.required("InstanceId");
        r.dryRunCheck();
        instances.stop(r.scope(), id);
        return Map.of();
    }
}
