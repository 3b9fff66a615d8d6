package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Flow logs. */
@Component
public class FlowLogStore extends ScopedStore<FlowLog> {
    public FlowLogStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "flow_log", FlowLog.class, DomainError.FLOW_LOG_NOT_FOUND);
    }
}
