package io.cloudtwin.spec.aliyun;

/** An error an action documents: code, HTTP status and message (the message may hold a %s). */
public record ErrorSpec(String code, int status, String message) {
    public String message(String argument) {
        return message.contains("%s") ? message.replace("%s", argument == null ? "" : argument) : message;
    }
}
