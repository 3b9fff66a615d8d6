package io.cloudtwin.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The last requests each dialect answered, newest first, for the console. Per process, in memory, bounded. */
@Component
public class RequestLog {
    public static final int CAPACITY = 200;

    /** outcome: "OK", or the cloud's error code / RetCode. */
    public record Entry(long seq, Instant at, Cloud cloud, String action, String accountId, int httpStatus,
                        String outcome, long micros) {}

    private final Entry[] ring = new Entry[CAPACITY];
    private long next;

    public synchronized void record(Cloud cloud, String action, String accountId, int httpStatus, String outcome,
                                    long micros) {
        ring[(int) (next % CAPACITY)] = new Entry(next, Instant.now(), cloud, action == null ? "" : action,
                accountId == null ? "" : accountId, httpStatus, outcome, micros);
        next++;
    }

    public synchronized List<Entry> latest(int max) {
        List<Entry> out = new ArrayList<>();
        for (long s = next - 1; s >= 0 && s >= next - CAPACITY && out.size() < max; s--) out.add(ring[(int) (s % CAPACITY)]);
        return out;
    }

    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        next = 0;
    }
}
