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

/** Renames or re-describes a vSwitch. */
@Component
public class ModifyVSwitchAttribute implements AliyunAction {
    private final NetworkService networks;

    public ModifyVSwitchAttribute(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "ModifyVSwitchAttribute";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        networks.updateSubnet(r.scope(), r.required("VSwitchId"), r.string("VSwitchName"), r.string("Description"));
        return Map.of();
    }
}
