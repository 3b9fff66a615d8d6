package io.cloudtwin.dialect.ucloud.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** UHostId, ReleaseEIP, ReleaseUDisk: the host must be Stopped (8010 otherwise); its bindings go with it. */
@Component
public class TerminateUHostInstance implements UcloudAction {
    private final InstanceService instances;

    public TerminateUHostInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "TerminateUHostInstance";
    }

    @Override
    public UcloudRetCode retCodeFor(DomainError e) {
        return e == DomainError.INCORRECT_INSTANCE_STATUS ? UcloudRetCode.SHUT_DOWN_FIRST : UhostErrors.of(e);
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("UHostId");
        instances.delete(r.scope(), id, false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("UHostId", id);
        out.put("InRecycle", "No");
        return out;
    }
}
