package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** IPv6 gateways; the unique index refuses a second one in a VPC (DuplicateKeyException). */
@Component
public class Ipv6GatewayStore extends ScopedStore<Ipv6Gateway> {
    public Ipv6GatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipv6_gateway", Ipv6Gateway.class, DomainError.IPV6_GATEWAY_NOT_FOUND);
    }

    /** The gateways of these VPCs (their ids fix the scope). */
    public List<Ipv6Gateway> ofVpcs(Collection<String> vpcIds) {
        return vpcIds.isEmpty() ? List.of() : table.select("vpc_id IN (:v)", Map.of("v", vpcIds));
    }
}
