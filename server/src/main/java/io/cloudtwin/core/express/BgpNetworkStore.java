package io.cloudtwin.core.express;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The bgp_network rows (V147); the rules are BgpService's. */
@Component
public class BgpNetworkStore extends ScopedStore<BgpNetwork> {
    public BgpNetworkStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "bgp_network", BgpNetwork.class, DomainError.BGP_NETWORK_NOT_FOUND);
    }
}
