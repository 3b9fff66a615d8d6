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

/** Renames or re-describes a VPC. */
@Component
public class ModifyVpcAttribute implements AliyunAction {
    private final NetworkService networks;

    public ModifyVpcAttribute(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "ModifyVpcAttribute";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        networks.updateVpc(scope, r.required("VpcId"), r.string("VpcName"), r.string("Description"));
        return Map.of();
    }
}
