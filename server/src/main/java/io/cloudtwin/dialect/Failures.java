package io.cloudtwin.dialect;

import org.springframework.dao.TransientDataAccessException;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;

/** Turns store failures that a retry would fix (lock wait timeout, deadlock, serialization) into DomainError.BUSY. */
public final class Failures {
    private Failures() {}

    public static DomainException asDomain(RuntimeException e) {
        if (e instanceof DomainException d) return d;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException) return new DomainException(DomainError.BUSY, null);
        }
        return null;
    }
}
