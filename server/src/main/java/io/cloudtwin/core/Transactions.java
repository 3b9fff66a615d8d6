package io.cloudtwin.core;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction a core rule runs in: joined when the caller has one, begun otherwise (as {@code @Transactional}
 * does, without a proxy, so that the services can be records). A domain error thrown from the work rolls the whole
 * transaction back, also a joined one.
 */
@Component
public final class Transactions {
    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final TransactionTemplate rehearsal;

    public Transactions(PlatformTransactionManager manager) {
        this.write = new TransactionTemplate(manager);
        this.read = new TransactionTemplate(manager);
        this.read.setReadOnly(true);
        this.rehearsal = new TransactionTemplate(manager);
        this.rehearsal.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs work that writes and answers its result. */
    public <T> T call(Supplier<T> work) {
        return write.execute(status -> work.get());
    }

    /** Runs work that writes. */
    public void run(Runnable work) {
        write.executeWithoutResult(status -> work.run());
    }

    /**
     * Runs work as a rehearsal: in a transaction of its own that is rolled back at its end, whether the work succeeds
     * or is refused, so that it checks every rule and changes nothing.
     */
    public void rehearse(Runnable work) {
        rehearsal.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /** Runs work that only reads (a read-only transaction: transitions due are put off, not settled in it). */
    public <T> T read(Supplier<T> work) {
        return read.execute(status -> work.get());
    }
}
