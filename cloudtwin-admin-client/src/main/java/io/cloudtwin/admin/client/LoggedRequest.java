package io.cloudtwin.admin.client;

/** One request the server answered, as the console lists it (newest first from {@link AdminOperations#requests}). */
public record LoggedRequest(long seq, String at, String cloud, String action, String account, int httpStatus,
                            String outcome, long micros) {}
