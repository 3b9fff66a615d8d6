package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** UHostId, Zone, DiskPassword: a Running host goes Starting -> Running; any other state is 8905. */
@Component
public class RebootUHostInstance implements UcloudAction {
    private final InstanceService instances;

    public RebootUHostInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "RebootUHostInstance";
    }

    @Override
    public UcloudRetCode retCodeFor(DomainError e) {
        return UhostErrors.of(e);
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("UHostId");
        instances.reboot(r.scope(), id);
        return Map.of("UHostId", id);
    }
}
