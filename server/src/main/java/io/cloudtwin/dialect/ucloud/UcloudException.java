package io.cloudtwin.dialect.ucloud;

/** A failure to answer with a non-zero RetCode. */
public class UcloudException extends RuntimeException {
    private final UcloudRetCode code;
    private final String argument;

    public UcloudException(UcloudRetCode code, String argument) {
        super(code.name(), null, false, false);
        this.code = code;
        this.argument = argument;
    }

    public UcloudException(UcloudRetCode code) {
        this(code, null);
    }

    public UcloudRetCode code() {
        return code;
    }

    public String argument() {
        return argument;
    }
}
