package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/**
 * VPCId, Subnet (network address) + Netmask (24), SubnetName ("Subnet"), Tag ("Default"), Remark -> SubnetId. The
 * block must lie in one of the VPC's networks and overlap none of its subnets. UCloud subnets are regional (no zone).
 */
@Component
public class CreateSubnet implements UcloudAction {
    private final NetworkService networks;

    public CreateSubnet(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "CreateSubnet";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String block = r.string("Subnet") + "/" + r.integer("Netmask", 24);
        var s = networks.createSubnet(r.scope(), new NetworkService.NewSubnet(r.string("VPCId"), "",
                StoredLengths.text(r, "SubnetName", "Subnet", StoredLengths.NAME),
                StoredLengths.text(r, "Remark", "", StoredLengths.REMARK), block,
                StoredLengths.text(r, "Tag", "Default", StoredLengths.TAG)));
        return Map.of("SubnetId", s.id());
    }
}
