package io.cloudtwin.core;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements a unique constraint may refuse, run in a savepoint of the caller's transaction: PostgreSQL aborts a whole
 * transaction on a failed statement, so only the savepoint is rolled back and the caller's transaction goes on (the
 * constraint keeps the rule under concurrency: of two writers, the second waits for the first's commit, then fails).
 */
public final class Savepoint {
    private final TransactionTemplate nested;

    public Savepoint(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the statements; false when a unique constraint refused them (their savepoint rolled back). */
    public boolean unlessDuplicate(Runnable statements) {
        try {
            nested.executeWithoutResult(s -> statements.run());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
