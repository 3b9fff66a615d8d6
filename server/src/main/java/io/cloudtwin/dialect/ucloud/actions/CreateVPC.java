package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** Name, Network.N (IPv4 CIDR blocks, not overlapping), Tag, Remark -> VPCId. */
@Component
public class CreateVPC implements UcloudAction {
    private final NetworkService networks;

    public CreateVPC(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "CreateVPC";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var v = networks.createVpc(r.scope(), new NetworkService.NewVpc(r.string("Name"), r.string("Remark", ""),
                r.strings("Network"), r.string("Tag", "Default")));
        return Map.of("VPCId", v.id());
    }
}
