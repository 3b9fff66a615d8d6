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

/** Private-pool attachment of each instance of InstanceIds (JSON array): none, as cloudtwin has no private pools. */
@Component
public class DescribeInstanceAttachmentAttributes implements AliyunAction {
    private final InstanceService instances;

    public DescribeInstanceAttachmentAttributes(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstanceAttachmentAttributes";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var paging = r.paging(10);
        List<String> ids = r.list("InstanceIds");
        var page = instances.list(scope, new InstanceStore.Filter(ids, null, null, null, null, null), paging.offset(),
                paging.limit());
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(page.total()));
        out.put("Instances", page.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("InstanceId", i.id());
            m.put("PrivatePoolOptionsMatchCriteria", "None");
            m.put("PrivatePoolOptionsId", "");
            return m;
        }).toList());
        return out;
    }
}
