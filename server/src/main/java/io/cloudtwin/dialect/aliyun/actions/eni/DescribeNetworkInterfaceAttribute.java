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

/** One interface: a secondary one, or an instance's primary one. */
@Component
public class DescribeNetworkInterfaceAttribute implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public DescribeNetworkInterfaceAttribute(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeNetworkInterfaceAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            var scope = r.regionalScope();
            String id = r.required("NetworkInterfaceId");
            var primary = PrimaryInterfaces.instanceOf(instances, scope, id);
            if (primary != null) return Interfaces.primary(primary, tags.of(List.of(primary.id())).get(primary.id()));
            var row = interfaces.get(scope, id);
            Map<String, Object> out = Interfaces.secondary(row, interfaces.groupsOf(List.of(id)).get(id),
                    tags.of(List.of(id)).get(id));
            out.put("Attachment", Map.of("InstanceId", row.instanceId() == null ? "" : row.instanceId()));
            return out;
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
