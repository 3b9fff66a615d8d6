package io.cloudtwin.core.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Egress-only rules; the unique index refuses a second rule of an address (DuplicateKeyException). */
@Component
public class Ipv6EgressRuleStore extends ScopedStore<Ipv6EgressRule> {
    public Ipv6EgressRuleStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipv6_egress_rule", Ipv6EgressRule.class, DomainError.IPV6_EGRESS_RULE_NOT_FOUND);
    }

    /** The rules of a gateway. */
    public long ofGateway(String gatewayId) {
        return Rows.count(jdbc, "ipv6_egress_rule", "ipv6_gateway_id", gatewayId);
    }
}
