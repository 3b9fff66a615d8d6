package io.cloudtwin.core;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements a unique constraint may refuse, run apart from the rest of the caller's transaction so that a refusal
 * does not end it (the constraint keeps the rule under concurrency: of two writers, the second waits for the first's
 * commit, then fails).
 */
@Component
public final class UniqueWrites {
    private final TransactionTemplate nested;
    private final TransactionTemplate own;

    public UniqueWrites(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs the statements in a savepoint of the caller's transaction; false when a unique constraint refused them
     * (PostgreSQL aborts a whole transaction on a failed statement: only the savepoint is rolled back, and the caller's
     * transaction goes on).
     */
    public boolean inSavepoint(Runnable statements) {
        try {
            nested.executeWithoutResult(s -> statements.run());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Runs the statements in a transaction of their own, committed at once: what a scope gets made once, on demand,
     * by whichever request needs it first (UCloud's default network, its recommended firewalls). Of several concurrent
     * first callers the constraint lets one make it and refuses the others, who then read what the first made. Call it
     * before the caller's own transaction takes the locks those statements need.
     */
    public void inOwnTransaction(Runnable statements) {
        try {
            own.executeWithoutResult(s -> statements.run());
        } catch (DataIntegrityViolationException e) {
            // made meanwhile by another request
        }
    }
}
