package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.Scope;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/**
 * Join/LeaveSecurityGroup: one SecurityGroupId, and the instance they act on: InstanceId, or NetworkInterfaceId
 * naming an instance's primary interface (eni- and the instance id's suffix), whose groups are the instance's
 * groups. Not both (InvalidParam.EniIdAndInstanceId.Conflict). A secondary interface is bound itself.
 */
abstract class BoundInstance implements AliyunAction {
    private final InstanceService instances;

    BoundInstance(InstanceService instances) {
        this.instances = instances;
    }

    /** The change on an instance (InstanceId, or its primary interface). */
    abstract void onInstance(Scope scope, String instanceId, String groupId);

    /** The change on a secondary network interface. */
    abstract void onInterface(Scope scope, String interfaceId, String groupId);

    @Override
    public final Map<String, Object> handle(AliyunRequest r) {
        String groupId = r.required("SecurityGroupId");
        String instanceId = instanceOf(r);
        try {
            if (instanceId == null) onInterface(r.scope(), r.required("NetworkInterfaceId"), groupId);
            else onInstance(r.scope(), instanceId, groupId);
        } catch (InterfaceService.Refused e) {
            throw r.error("InvalidEniId.NotFound");
        }
        return Map.of();
    }

    /** The instance the request names, or null for a secondary interface. */
    private String instanceOf(AliyunRequest r) {
        String instanceId = r.string("InstanceId");
        String eni = r.string("NetworkInterfaceId");
        if (eni == null) return r.required("InstanceId");
        if (instanceId != null) throw r.error("InvalidParam.EniIdAndInstanceId.Conflict");
        if (!eni.startsWith("eni-")) throw r.error("InvalidEniId.NotFound");
        String candidate = "i-" + eni.substring("eni-".length());
        try {
            String id = instances.get(r.scope(), candidate).id();
            return InstanceLifecycle.primaryInterfaceId(id).equals(eni) ? id : null;
        } catch (DomainException e) {
            return null;
        }
    }
}
