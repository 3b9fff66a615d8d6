package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The activation rows (V140); the rules are ActivationService's. */
@Component
public class ActivationStore extends ScopedStore<Activation> {
    public ActivationStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "activation", Activation.class, DomainError.ACTIVATION_NOT_FOUND);
    }
}
