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

/** Detaches a secondary interface from its instance; an instance's primary interface stays. */
@Component
public class DetachNetworkInterface implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public DetachNetworkInterface(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DetachNetworkInterface";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            String id = r.required("NetworkInterfaceId");
            if (PrimaryInterfaces.instanceOf(instances, r.regionalScope(), id) != null) {
                throw r.error("InvalidOperation.DetachPrimaryEniNotAllowed");
            }
            interfaces.detach(r.regionalScope(), id, r.required("InstanceId"));
            return Map.of();
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
