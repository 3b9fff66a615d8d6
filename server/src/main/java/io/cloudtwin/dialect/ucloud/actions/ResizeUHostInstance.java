package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * UHostId, CPU (1..240), Memory (1024..1966080 MB): the host must be Stopped (8010). CPU is 1 or even (8105), Memory
 * whole GB (8106), the sizes UCloud sells. Without CPU and Memory nothing changes.
 */
@Component
public class ResizeUHostInstance implements UcloudAction {
    private final InstanceService instances;

    public ResizeUHostInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "ResizeUHostInstance";
    }

    @Override
    public UcloudRetCode retCodeFor(DomainError e) {
        return e == DomainError.INCORRECT_INSTANCE_STATUS ? UcloudRetCode.SHUT_DOWN_FIRST : UhostErrors.of(e);
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("UHostId");
        Integer cpu = r.integer("CPU");
        Integer memory = r.integer("Memory");
        if (cpu != null && cpu != 1 && cpu % 2 != 0) throw new UcloudException(UcloudRetCode.WRONG_CPU, id);
        if (memory != null && memory % 1024 != 0) throw new UcloudException(UcloudRetCode.WRONG_MEMORY, id);
        instances.resize(r.scope(), id, cpu, memory);
        return Map.of("UHostId", id);
    }
}
