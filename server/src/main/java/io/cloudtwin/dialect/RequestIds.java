package io.cloudtwin.dialect;

import java.util.Locale;

import io.cloudtwin.core.Ids;

/** Request ids in UUID form, from {@link Ids#requestId()}: per-thread generators, or the seeded request sequence. */
public final class RequestIds {
    private RequestIds() {}

    public static String next() {
        return Ids.requestId();
    }

    public static String nextUpper() {
        return next().toUpperCase(Locale.ROOT);
    }
}
