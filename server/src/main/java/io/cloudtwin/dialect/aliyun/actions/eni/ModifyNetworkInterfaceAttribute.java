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

/** Renames or re-describes an interface; SecurityGroupId.N replaces its groups (never none); on a primary interface, the instance's groups. */
@Component
public class ModifyNetworkInterfaceAttribute implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public ModifyNetworkInterfaceAttribute(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "ModifyNetworkInterfaceAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            var scope = r.regionalScope();
            String id = r.required("NetworkInterfaceId");
            List<String> groups = r.has("SecurityGroupId") ? r.list("SecurityGroupId") : null;
            var primary = PrimaryInterfaces.instanceOf(instances, scope, id);
            if (primary != null) {
                if (r.has("NetworkInterfaceName") || r.has("Description")) {
                    throw r.error("InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc");
                }
                try {
                    lifecycle.modify(scope, primary.id(), null, null, null, null, groups);
                } catch (io.cloudtwin.core.DomainException e) {
                    if (e.error() == io.cloudtwin.core.DomainError.SECURITY_GROUP_NOT_FOUND) throw r.error("InvalidSecurityGroupId.NotFound");
                    if (e.error() == io.cloudtwin.core.DomainError.NETWORK_MISMATCH) throw r.error("InvalidOperation.VpcMismatch");
                    throw e;
                }
                return Map.of();
            }
            interfaces.modify(scope, id, r.string("NetworkInterfaceName"), r.string("Description"), groups);
            return Map.of();
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
