package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * FWId, ResourceType, ResourceId: the resource's firewall becomes this one (a host has exactly one: the previous one
 * is replaced). Hosts are the only resources here; another ResourceType names a resource that does not exist.
 */
@Component
public class GrantFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public GrantFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "GrantFirewall";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("FWId");
        String resource = r.string("ResourceId");
        if (!r.string("ResourceType").equals("uhost")) {
            firewalls.get(r.scope(), id);
            throw new UcloudException(UcloudRetCode.RESOURCE_NOT_FOUND, resource);
        }
        firewalls.grant(r.scope(), id, resource);
        return Map.of();
    }
}
