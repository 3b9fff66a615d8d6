package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.store.InstanceStore;

@Component
public class DescribeInstances implements AliyunAction {
    private final InstanceService instances;

    public DescribeInstances(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstances";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var ids = r.jsonArray("InstanceIds", 100);
        String status = r.optional("Status");
        int pageNumber = r.integer("PageNumber", 1, 1, Integer.MAX_VALUE);
        int pageSize = r.integer("PageSize", 10, 1, 100);
        var filter = new InstanceStore.Filter(ids, status == null ? null : AliyunViews.parseStatus(status, "Status"),
                r.optional("SecurityGroupId"), r.optional("InstanceName"), r.optional("ZoneId"), null);
        var page = instances.list(scope, filter, (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize),
                pageSize);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("PageNumber", pageNumber);
        out.put("PageSize", pageSize);
        out.put("Instances", AliyunViews.wrap("Instance", page.items().stream().map(AliyunViews::instance).toList()));
        return out;
    }
}
