package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class StartInstance implements AliyunAction {
    private final InstanceService instances;

    public StartInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "StartInstance";
    }

    @Override
    public String coverageNote() {
        return "from Stopped via Starting";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String id = r.required("InstanceId");
        r.dryRunCheck();
        instances.start(r.scope(), id);
        return Map.of();
    }
}
