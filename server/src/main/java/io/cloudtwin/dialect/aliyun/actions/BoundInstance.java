package io.cloudtwin.dialect.aliyun.actions;

import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/**
 * Which instance Join/LeaveSecurityGroup act on: InstanceId, or NetworkInterfaceId naming an instance's primary
 * interface (eni- and the instance id's suffix), whose groups are the instance's groups. Not both
 * (InvalidParam.EniIdAndInstanceId.Conflict). {@link #of} answers null for a secondary interface (the caller binds
 * the interface itself).
 */
final class BoundInstance {
    private BoundInstance() {}

    static String of(AliyunRequest r, InstanceService instances) {
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
