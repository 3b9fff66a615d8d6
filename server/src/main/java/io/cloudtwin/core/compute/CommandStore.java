package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Commands of the cloud's assistant. */
@Component
public class CommandStore extends ScopedStore<Command> {
    public CommandStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "command", Command.class, DomainError.COMMAND_NOT_FOUND);
    }
}
