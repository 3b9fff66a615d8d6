package io.cloudtwin.dialect.ucloud.actions;

import java.util.List;

import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** The Rule.N strings of CreateFirewall / UpdateFirewall ("TCP|22|0.0.0.0/0|ACCEPT|HIGH"), parsed by the core. */
final class FirewallRules {
    private FirewallRules() {}

    static List<FirewallRule> of(UcloudRequest r) {
        return r.strings("Rule").stream().map(FirewallRule::parse).toList();
    }
}
