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

/** Deletes a detached secondary interface (its address goes back to the vSwitch). */
@Component
public class DeleteNetworkInterface implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public DeleteNetworkInterface(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DeleteNetworkInterface";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            String id = r.required("NetworkInterfaceId");
            if (PrimaryInterfaces.instanceOf(instances, r.regionalScope(), id) != null) {
                throw r.error("InvalidOperation.InvalidEniType");
            }
            interfaces.delete(r.regionalScope(), id);
            return Map.of();
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
