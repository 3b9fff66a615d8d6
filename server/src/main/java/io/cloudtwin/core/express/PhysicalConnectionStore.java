package io.cloudtwin.core.express;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The physical_connection rows (V145); the rules are PhysicalConnectionService's. */
@Component
public class PhysicalConnectionStore extends ScopedStore<PhysicalConnection> {
    public PhysicalConnectionStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "physical_connection", PhysicalConnection.class, DomainError.PHYSICAL_CONNECTION_NOT_FOUND);
    }
}
