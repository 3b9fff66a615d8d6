package io.cloudtwin.core.express;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The virtual_border_router rows (V146); the rules are VirtualBorderRouterService's. */
@Component
public class VirtualBorderRouterStore extends ScopedStore<VirtualBorderRouter> {
    public VirtualBorderRouterStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "virtual_border_router", VirtualBorderRouter.class,
                DomainError.VIRTUAL_BORDER_ROUTER_NOT_FOUND);
    }
}
