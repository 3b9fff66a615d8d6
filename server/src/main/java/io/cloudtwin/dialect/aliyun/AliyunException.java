package io.cloudtwin.dialect.aliyun;

/** An error to answer in Aliyun's format. argument fills the %s of the message (a parameter name, usually). */
public class AliyunException extends RuntimeException {
    private final AliyunError error;
    private final String argument;

    public AliyunException(AliyunError error, String argument) {
        super(error.code(), null, false, false);
        this.error = error;
        this.argument = argument;
    }

    public AliyunException(AliyunError error) {
        this(error, null);
    }

    public AliyunError error() {
        return error;
    }

    public String argument() {
        return argument;
    }
}
