package io.cloudtwin.dialect.aliyun.actions.vpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.*;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.store.NetworkStore;

/**
 * Deletes a VPC in which nothing stands; else DependencyViolation.VSwitch, .SecurityGroup or .Instance, naming the
 * first kind of resource still in it.
 */
@Component
public class DeleteVpc implements AliyunAction {
    private static final Map<String, String> CAUSES = Map.of(
            "subnet", "DependencyViolation.VSwitch",
            "security_group", "DependencyViolation.SecurityGroup",
            "instance", "DependencyViolation.Instance");
    private final NetworkLifecycle networks;

    public DeleteVpc(NetworkLifecycle networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DeleteVpc";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        String id = r.required("VpcId");
        r.dryRunCheck();
        try {
            networks.deleteVpc(scope, id);
        } catch (DomainException e) {
            if (e.error() == DomainError.VPC_IN_USE && CAUSES.containsKey(e.subject())) {
                throw r.error(CAUSES.get(e.subject()));
            }
            throw e;
        }
        return Map.of();
    }
}
