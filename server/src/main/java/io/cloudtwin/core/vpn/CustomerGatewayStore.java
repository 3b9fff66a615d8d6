package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The customer_gateway rows (V121). */
@Component
public class CustomerGatewayStore extends ScopedStore<CustomerGateway> {
    public CustomerGatewayStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "customer_gateway", CustomerGateway.class, DomainError.CUSTOMER_GATEWAY_NOT_FOUND);
    }
}
