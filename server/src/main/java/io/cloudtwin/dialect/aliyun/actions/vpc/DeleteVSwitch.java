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

/** Deletes a vSwitch in which no instance or interface holds an address (else DependencyViolation). */
@Component
public class DeleteVSwitch implements AliyunAction {
    private final NetworkLifecycle networks;

    public DeleteVSwitch(NetworkLifecycle networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DeleteVSwitch";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        String id = r.required("VSwitchId");
        r.dryRunCheck();
        networks.deleteSubnet(scope, id);
        return Map.of();
    }
}
