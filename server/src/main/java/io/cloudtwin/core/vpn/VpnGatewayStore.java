package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vpn_gateway rows (V121). */
@Component
public class VpnGatewayStore extends ScopedStore<VpnGateway> {
    public VpnGatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vpn_gateway", VpnGateway.class);
    }
}
