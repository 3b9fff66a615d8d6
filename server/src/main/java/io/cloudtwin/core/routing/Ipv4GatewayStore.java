package io.cloudtwin.core.routing;

import java.sql.Types;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/**
 * IPv4 gateways; the unique indexes refuse a second one in a VPC and a route table's second gateway
 * (DuplicateKeyException).
 */
@Component
public class Ipv4GatewayStore extends ScopedStore<Ipv4Gateway> {
    public Ipv4GatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipv4_gateway", Ipv4Gateway.class, DomainError.IPV4_GATEWAY_NOT_FOUND);
    }

    /** The gateway route table associated with the gateway (null: none). */
    public void routeTable(String id, String tableId) {
        jdbc.sql("UPDATE ipv4_gateway SET route_table_id = :t WHERE id = :id").param("t", tableId, Types.VARCHAR)
                .param("id", id).update();
    }
}
