package io.cloudtwin.core;

/** A business rule refused the request. subject names the resource concerned (an id), when there is one. */
public class DomainException extends RuntimeException {
    private final DomainError error;
    private final String subject;

    public DomainException(DomainError error, String subject) {
        super(error + (subject == null ? "" : ": " + subject), null, false, false);
        this.error = error;
        this.subject = subject;
    }

    public DomainError error() { return error; }
    public String subject() { return subject; }
}
