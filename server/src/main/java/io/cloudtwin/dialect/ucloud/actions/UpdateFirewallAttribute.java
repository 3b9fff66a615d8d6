package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** FWId, Name, Tag, Remark: what is given changes (a taken Name: 4364). */
@Component
public class UpdateFirewallAttribute implements UcloudAction {
    private final FirewallService firewalls;

    public UpdateFirewallAttribute(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "UpdateFirewallAttribute";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        firewalls.updateAttributes(r.scope(), r.string("FWId"), StoredLengths.text(r, "Name", null, StoredLengths.NAME),
                StoredLengths.text(r, "Tag", null, StoredLengths.TAG),
                StoredLengths.text(r, "Remark", null, StoredLengths.REMARK));
        return Map.of();
    }
}
