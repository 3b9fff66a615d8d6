package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vpn_connection rows (V121); the unique index refuses a second connection of a pair of gateways. */
@Component
public class VpnConnectionStore extends ScopedStore<VpnConnection> {
    public VpnConnectionStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vpn_connection", VpnConnection.class, DomainError.VPN_CONNECTION_NOT_FOUND);
    }

    /** Whether a connection joins the VPN gateway (vpn_gateway_id) or customer gateway (customer_gateway_id). */
    boolean joins(String column, String gatewayId) {
        return Rows.count(jdbc, "vpn_connection", column, gatewayId) > 0;
    }
}
