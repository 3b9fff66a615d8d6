package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
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
        var f = firewalls.create(r.scope(), StoredLengths.text(r, "Name", null, StoredLengths.NAME),
                StoredLengths.text(r, "Tag", "Default", StoredLengths.TAG),
                StoredLengths.text(r, "Remark", "", StoredLengths.REMARK), FirewallRules.of(r));
        return Map.of("FWId", f.id());
    }
}
