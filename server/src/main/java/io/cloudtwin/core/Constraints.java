package io.cloudtwin.core;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A statement that a constraint of the schema may refuse, and the domain error that refusal is: a unique index (the
 * key pair's name, one IPv4 gateway per VPC), a foreign key (a VPC something still stands in). The rule holds in the
 * database under concurrency; this says once how its refusal reaches the caller. The transaction is rolled back by
 * the DomainException, as on any other refusal.
 */
public final class Constraints {
    private Constraints() {}

    /** Runs the statement; a constraint's refusal is the DomainException of that error and detail. */
    public static void enforce(Runnable statement, DomainError refused, String detail) {
        try {
            statement.run();
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(refused, detail);
        }
    }
}
