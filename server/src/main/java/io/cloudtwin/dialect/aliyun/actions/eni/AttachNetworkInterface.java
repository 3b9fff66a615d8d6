package io.cloudtwin.dialect.aliyun.actions.eni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Attaches a secondary interface to an instance of its VPC and zone (at most two per instance). */
@Component
public class AttachNetworkInterface implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public AttachNetworkInterface(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "AttachNetworkInterface";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            interfaces.attach(r.regionalScope(), r.required("NetworkInterfaceId"), r.required("InstanceId"));
            return Map.of();
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
