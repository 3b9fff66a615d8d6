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

/**
 * Changes an instance's name, description, host name or user data; SecurityGroupIds.N replaces its set of security
 * groups (all in its VPC; never empty), in one transaction.
 */
@Component
public class ModifyInstanceAttribute implements AliyunAction {
    private final InstanceLifecycle instances;

    public ModifyInstanceAttribute(InstanceLifecycle instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "ModifyInstanceAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String id = r.required("InstanceId");
        String host = r.string("HostName");
        if (host != null && (host.isEmpty() || host.length() > 64 || host.startsWith(".") || host.startsWith("-"))) {
            throw r.error("InvalidHostName.Malformed");
        }
        List<String> groups = r.has("SecurityGroupIds") ? r.list("SecurityGroupIds") : null;
        if (groups != null && groups.size() != new java.util.HashSet<>(groups).size()) {
            throw r.error("InvalidParameter.SecurityGroupIdRepeated");
        }
        try {
            instances.modify(r.scope(), id, r.string("InstanceName"), r.string("Description"), host,
                    r.string("UserData"), groups);
        } catch (DomainException e) {
            if (e.error() == DomainError.NETWORK_MISMATCH) throw r.error("InvalidSecurityGroupVpc.NotBelongToOneVpc");
            if (e.error() == DomainError.GROUP_LIMIT_EXCEEDED) throw r.error("SecurityGroupInstanceLimitExceed");
            throw e;
        }
        return Map.of();
    }
}
