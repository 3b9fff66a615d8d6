package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** Rule.N ("TCP|22|0.0.0.0/0|ACCEPT|HIGH"), Name (unique in the region and project: 4364), Tag, Remark -> FWId. */
@Component
public class CreateFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public CreateFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "CreateFirewall";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var f = firewalls.create(r.scope(), r.string("Name"), r.string("Tag", "Default"), r.string("Remark", ""),
                FirewallRules.of(r));
        return Map.of("FWId", f.id());
    }
}
