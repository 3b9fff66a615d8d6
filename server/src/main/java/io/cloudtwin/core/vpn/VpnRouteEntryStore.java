package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vpn_route_entry rows (V122). */
@Component
public class VpnRouteEntryStore extends ScopedStore<VpnRouteEntry> {
    public VpnRouteEntryStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vpn_route_entry", VpnRouteEntry.class, DomainError.VPN_ROUTE_ENTRY_NOT_FOUND);
    }
}
