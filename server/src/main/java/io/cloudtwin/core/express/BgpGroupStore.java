package io.cloudtwin.core.express;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The bgp_group rows (V147); the rules are BgpService's. */
@Component
public class BgpGroupStore extends ScopedStore<BgpGroup> {
    public BgpGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "bgp_group", BgpGroup.class, DomainError.BGP_GROUP_NOT_FOUND);
    }
}
