package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The ipsec_server rows (V127). */
@Component
public class IpsecServerStore extends ScopedStore<IpsecServer> {
    public IpsecServerStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipsec_server", IpsecServer.class, DomainError.IPSEC_SERVER_NOT_FOUND);
    }
}
