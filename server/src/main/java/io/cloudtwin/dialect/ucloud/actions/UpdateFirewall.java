package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** FWId, Rule.N: the firewall's rules become exactly these -> FWId. */
@Component
public class UpdateFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public UpdateFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "UpdateFirewall";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("FWId");
        firewalls.replaceRules(r.scope(), id, FirewallRules.of(r));
        return Map.of("FWId", id);
    }
}
