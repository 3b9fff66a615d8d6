package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** FWId: 4600 unknown, 4358 a recommended firewall, 4361 while applied to a resource. */
@Component
public class DeleteFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public DeleteFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "DeleteFirewall";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        firewalls.delete(r.scope(), r.string("FWId"));
        return Map.of();
    }
}
