package io.cloudtwin.dialect;

/**
 * An answer in a cloud's own error format (Aliyun's code and HTTP status, UCloud's RetCode): what a protocol throws
 * for a request it refuses, and what its error table makes of the core's refusals.
 */
public abstract class CloudException extends RuntimeException {
    protected CloudException(String name) {
        super(name, null, false, false);
    }

    /** How the console's request log shows the outcome: the code. */
    public abstract String outcome();
}
