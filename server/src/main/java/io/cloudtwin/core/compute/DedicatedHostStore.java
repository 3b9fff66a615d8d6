package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The dedicated_host rows (V123). */
@Component
public class DedicatedHostStore extends ScopedStore<DedicatedHost> {
    public DedicatedHostStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "dedicated_host", DedicatedHost.class, DomainError.DEDICATED_HOST_NOT_FOUND);
    }
}
