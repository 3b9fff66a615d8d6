package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** VPCId: refused while subnets, security groups or hosts are in it. */
@Component
public class DeleteVPC implements UcloudAction {
    private final NetworkService networks;

    public DeleteVPC(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DeleteVPC";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        networks.deleteVpc(r.scope(), r.string("VPCId"));
        return Map.of();
    }
}
