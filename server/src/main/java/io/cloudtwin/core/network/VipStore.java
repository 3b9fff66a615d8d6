package io.cloudtwin.core.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Virtual IPs (their addresses are given out in the subnet's address table). */
@Component
public class VipStore extends ScopedStore<Vip> {
    public VipStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vip", Vip.class);
    }
}
