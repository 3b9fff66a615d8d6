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

/** Restarts a Running instance: Starting, then Running again. */
@Component
public class RebootInstance implements AliyunAction {
    private final InstanceLifecycle instances;

    public RebootInstance(InstanceLifecycle instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "RebootInstance";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String id = r.required("InstanceId");
        r.dryRunCheck();
        instances.reboot(r.scope(), id);
        return Map.of();
    }
}
