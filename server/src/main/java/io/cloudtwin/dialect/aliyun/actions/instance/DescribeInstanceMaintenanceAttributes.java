package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.dialect.aliyun.Documented;
import io.cloudtwin.store.InstanceStore;

/** How each instance is handled during maintenance: AutoRecover, with no maintenance window; InstanceId.N choose. */
@Component
public class DescribeInstanceMaintenanceAttributes implements AliyunAction {
    private final InstanceService instances;

    public DescribeInstanceMaintenanceAttributes(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstanceMaintenanceAttributes";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var paging = r.paging(10);
        List<String> ids = r.list("InstanceId");
        var page = instances.list(scope, new InstanceStore.Filter(ids, null, null, null, null, null), paging.offset(),
                paging.limit());
        if (!ids.isEmpty() && page.total() < new java.util.HashSet<>(ids).size()) throw r.error("InvalidInstanceId.NotFound");
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(page.total()));
        out.put("MaintenanceAttributes", page.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("InstanceId", i.id());
            m.put("NotifyOnMaintenance", false);
            m.put("MaintenanceWindows", List.of());
            m.put("ActionOnMaintenance", Map.of("DefaultValue", "AutoRecover", "Value", "AutoRecover",
                    "SupportedValues", List.of("Stop", "AutoRecover", "AutoRedeploy")));
            return m;
        }).toList());
        return out;
    }
}
