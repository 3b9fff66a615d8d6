package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

/** Creates Amount instances that start running, each bound to SecurityGroupId or SecurityGroupIds.N. */
@Component
public class RunInstances implements AliyunAction {
    private final InstanceService instances;

    public RunInstances(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "RunInstances";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var spec = InstanceSpecs.from(r, InstanceStatus.RUNNING);
        int amount = r.integer("Amount", 1);
        r.dryRunCheck();
        var ids = instances.create(scope, spec, amount).stream().map(Instance::id).toList();
        return Map.of("InstanceIdSets", AliyunViews.wrap("InstanceIdSet", ids));
    }
}
