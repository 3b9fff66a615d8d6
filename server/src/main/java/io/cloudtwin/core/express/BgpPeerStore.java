package io.cloudtwin.core.express;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The bgp_peer rows (V147); the rules are BgpService's. */
@Component
public class BgpPeerStore extends ScopedStore<BgpPeer> {
    public BgpPeerStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "bgp_peer", BgpPeer.class, DomainError.BGP_PEER_NOT_FOUND);
    }
}
