package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** SubnetId: refused while hosts (addresses) are in it. */
@Component
public class DeleteSubnet implements UcloudAction {
    private final NetworkService networks;

    public DeleteSubnet(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DeleteSubnet";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        networks.deleteSubnet(r.scope(), r.string("SubnetId"));
        return Map.of();
    }
}
