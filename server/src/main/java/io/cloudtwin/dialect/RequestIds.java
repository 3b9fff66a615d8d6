package io.cloudtwin.dialect;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids in UUID form, from a per-thread generator: no lock shared by every request (unlike UUID.randomUUID). */
public final class RequestIds {
    private RequestIds() {}

    public static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;          // version 4
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(hi, lo).toString();
    }

    public static String nextUpper() {
        return next().toUpperCase(Locale.ROOT);
    }
}
