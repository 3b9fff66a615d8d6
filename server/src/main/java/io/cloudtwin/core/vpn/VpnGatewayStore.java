package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vpn_gateway rows (V121). */
@Component
public class VpnGatewayStore extends ScopedStore<VpnGateway> {
    public VpnGatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vpn_gateway", VpnGateway.class, DomainError.VPN_GATEWAY_NOT_FOUND);
    }

    /**
     * The gateway an SSL or IPsec server is made on, locked until the caller's transaction ends: it must have SSL VPN
     * on (VPN_GATEWAY_SSL_DISABLED).
     */
    VpnGateway lockedWithSsl(Scope scope, String id) {
        VpnGateway g = locked(scope, id, DomainError.VPN_GATEWAY_NOT_FOUND);
        if (!g.ssl()) throw new DomainException(DomainError.VPN_GATEWAY_SSL_DISABLED, g.id());
        return g;
    }
}
