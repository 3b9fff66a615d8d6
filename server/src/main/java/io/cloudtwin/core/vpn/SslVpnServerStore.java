package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The ssl_vpn_server rows (V122). */
@Component
public class SslVpnServerStore extends ScopedStore<SslVpnServer> {
    public SslVpnServerStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ssl_vpn_server", SslVpnServer.class, DomainError.SSL_VPN_SERVER_NOT_FOUND);
    }

    /** Whether the VPN gateway has its SSL server. */
    boolean on(String vpnGatewayId) {
        return Rows.count(jdbc, "ssl_vpn_server", "vpn_gateway_id", vpnGatewayId) > 0;
    }
}
