package io.cloudtwin.core.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** IPv4 gateways; the unique index refuses a second one in a VPC (DuplicateKeyException). */
@Component
public class Ipv4GatewayStore extends ScopedStore<Ipv4Gateway> {
    public Ipv4GatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipv4_gateway", Ipv4Gateway.class, DomainError.IPV4_GATEWAY_NOT_FOUND);
    }
}
