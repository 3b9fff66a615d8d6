package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

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
        if (String.join(",", r.strings("Network")).length() > 512) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Network");
        }
        var v = networks.createVpc(r.scope(), new NetworkService.NewVpc(
                StoredLengths.text(r, "Name", null, StoredLengths.NAME),
                StoredLengths.text(r, "Remark", "", StoredLengths.REMARK), r.strings("Network"),
                StoredLengths.text(r, "Tag", "Default", StoredLengths.TAG)));
        return Map.of("VPCId", v.id());
    }
}
