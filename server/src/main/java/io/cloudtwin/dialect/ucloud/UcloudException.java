package io.cloudtwin.dialect.ucloud;

import io.cloudtwin.dialect.CloudException;

/** An answer with a non-zero RetCode: a row of the table with its message, or a number a fault rule names. */
public class UcloudException extends CloudException {
    private final UcloudRetCode code;
    private final String argument;
    private final int injected;

    public UcloudException(UcloudRetCode code, String argument) {
        super(code.name());
        this.code = code;
        this.argument = argument;
        this.injected = 0;
    }

    public UcloudException(UcloudRetCode code) {
        this(code, null);
    }

    private UcloudException(int injected) {
        super("RetCode " + injected);
        this.code = null;
        this.argument = null;
        this.injected = injected;
    }

    /** A RetCode a fault rule names that is no row of the table: "Injected fault". */
    static UcloudException injected(int retCode) {
        return new UcloudException(retCode);
    }

    /** The row, or null for an injected number outside the table. */
    public UcloudRetCode code() { return code; }
    public String argument() { return argument; }

    public int retCode() {
        return code == null ? injected : code.retCode();
    }

    public String message() {
        return code == null ? "Injected fault" : code.message(argument);
    }

    @Override
    public String outcome() {
        return String.valueOf(retCode());
    }
}
