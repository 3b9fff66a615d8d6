package io.cloudtwin.dialect.aliyun;

import io.cloudtwin.dialect.CloudException;

/**
 * An error to answer in Aliyun's format. Either one of our protocol/business errors (AliyunError; argument fills the
 * %s of its message, usually a parameter name), or a code taken as is from an action's documented errorCodes
 * (see io.cloudtwin.dialect.aliyun.spec.SpecErrors), which carries its own status and message.
 */
public class AliyunException extends CloudException {
    private final AliyunError error;
    private final String argument;
    private final String code;
    private final int status;
    private final String message;
    private final boolean documented;

    public AliyunException(AliyunError error, String argument) {
        super(error.code());
        this.error = error;
        this.argument = argument;
        this.code = error.code();
        this.status = error.httpStatus();
        this.message = error.message(argument);
        this.documented = false;
    }

    public AliyunException(AliyunError error) {
        this(error, null);
    }

    /** A code with its status and message as an action's metadata documents it. */
    public AliyunException(String code, int status, String message) {
        super(code);
        this.error = AliyunError.byCode(code).orElse(null);
        this.argument = null;
        this.code = code;
        this.status = status;
        this.message = message;
        this.documented = true;
    }

    /** The AliyunError behind this answer, or null for a code known only from an action's metadata. */
    public AliyunError error() { return error; }
    public String argument() { return argument; }
    public String code() { return code; }
    public int status() { return status; }
    public String answerMessage() { return message; }

    /** Whether status and message come from an action's metadata (else from AliyunError, aligned when answered). */
    public boolean documented() { return documented; }

    @Override
    public String outcome() { return code; }
}
