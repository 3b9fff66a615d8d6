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

/** The user data an instance was given (base64, as given; empty when none). */
@Component
public class DescribeUserData implements AliyunAction {
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;

    public DescribeUserData(InstanceService instances, InstanceLifecycle lifecycle) {
        this.instances = instances;
        this.lifecycle = lifecycle;
    }

    @Override
    public String name() {
        return "DescribeUserData";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        Instance i = instances.get(r.regionalScope(), r.required("InstanceId"));
        var d = lifecycle.details(List.of(i.id())).get(i.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RegionId", i.region());
        out.put("InstanceId", i.id());
        out.put("UserData", d == null ? "" : d.userData());
        return out;
    }
}
