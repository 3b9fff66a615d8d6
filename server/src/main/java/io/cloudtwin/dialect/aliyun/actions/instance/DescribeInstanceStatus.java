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

/** The status of each instance of a region (InstanceId.N to choose), a page at a time. */
@Component
public class DescribeInstanceStatus implements AliyunAction {
    private final InstanceService instances;

    public DescribeInstanceStatus(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstanceStatus";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var paging = r.paging(10);
        List<String> ids = r.list("InstanceId");
        var page = instances.list(scope, new InstanceStore.Filter(ids, null, null, null, r.string("ZoneId"), null),
                paging.offset(), paging.limit());
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(page.total()));
        out.put("InstanceStatuses", page.items().stream().map(i -> Map.of("InstanceId", i.id(),
                "Status", AliyunViews.status(i.status()))).toList());
        return out;
    }
}
