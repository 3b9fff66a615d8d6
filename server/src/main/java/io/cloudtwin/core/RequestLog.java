package io.cloudtwin.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The last requests each dialect answered, newest first, for the console. Per process, in memory, bounded in entries
 * and in bytes: an action or outcome is cut to MAX_TEXT characters, and no payload is kept.
 */
@Component
public class RequestLog {
    public static final int CAPACITY = 200;
    /** Longest action or outcome kept (bounded in bytes: CAPACITY entries of at most this much text). */
    public static final int MAX_TEXT = 64;

    /** outcome: "OK", or the cloud's error code / RetCode. */
    public record Entry(long seq, Instant at, Cloud cloud, String action, String accountId, int httpStatus,
                        String outcome, long micros) {}

    private final Entry[] ring = new Entry[CAPACITY];
    private long next;

    public synchronized void record(Cloud cloud, String action, String accountId, int httpStatus, String outcome,
                                    long micros) {
        ring[(int) (next % CAPACITY)] = new Entry(next, Instant.now(), cloud, shown(action),
                accountId == null ? "" : accountId, httpStatus, shown(outcome), micros);
        next++;
    }

    /** At most MAX_TEXT characters of what a client sent: the log holds a few KB at most, whatever the requests. */
    private static String shown(String s) {
        if (s == null) return "";
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
    }

    public synchronized List<Entry> latest(int max) {
        List<Entry> out = new ArrayList<>();
        for (long s = next - 1; s >= 0 && s >= next - CAPACITY && out.size() < max; s--) out.add(ring[(int) (s % CAPACITY)]);
        return out;
    }

    public synchronized void clear() {
        Arrays.fill(ring, null);
        next = 0;
    }
}
