package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * FWId, ResourceId, ResourceType. UCloud documents this action for load balancers only (ULB): a host always keeps a
 * firewall and changes it with GrantFirewall. So: an unknown FWId is 4600; a ResourceType other than ULB is 230;
 * a ULB names nothing cloudtwin serves, so its ResourceId is not found (230).
 */
@Component
public class DisassociateFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public DisassociateFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "DisassociateFirewall";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        firewalls.get(r.scope(), r.string("FWId"));
        if (!r.string("ResourceType").equalsIgnoreCase("ULB")) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "ResourceType");
        }
        throw new UcloudException(UcloudRetCode.RESOURCE_NOT_FOUND, r.string("ResourceId"));
    }
}
