package io.cloudtwin.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Fault injection set through the admin API: for a cloud and an action (or every action), answer with a given error
 * code, after a given latency, with a given probability, optionally only for the next N matching requests.
 */
@Component
public class Faults {
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** The error code a throttling rule answers with; each dialect renders it as its own (Throttling, 153). */
    public static final String THROTTLING = "Throttling";

    /**
     * errorCode: the cloud's own code (Aliyun "RequestTimeout", UCloud "110"); null for latency only.
     * remaining: how many more times it fires; negative for no limit.
     * ratePerSecond: when positive the rule is a throttle: requests above that rate fail with THROTTLING.
     */
    public record Rule(long id, Cloud cloud, String action, String errorCode, long latencyMs, double probability,
                       AtomicInteger remaining, double ratePerSecond, TokenBucket bucket) {
        boolean matches(Cloud c, String a) {
            return cloud == c && (action == null || action.equals("*") || action.equals(a));
        }
    }

    /** A token bucket holding up to one second of requests. */
    public static final class TokenBucket {
        private final double rate;
        private double tokens;
        private long last = System.nanoTime();

        TokenBucket(double rate) {
            this.rate = rate;
            this.tokens = Math.max(1, rate);
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(Math.max(1, rate), tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }
    }

    public Rule add(Cloud cloud, String action, String errorCode, long latencyMs, double probability, int times) {
        return add(new Rule(ids.incrementAndGet(), cloud, action, errorCode, Math.max(0, latencyMs),
                probability <= 0 ? 1.0 : Math.min(1.0, probability), new AtomicInteger(times <= 0 ? -1 : times), 0, null));
    }

    public Rule throttle(Cloud cloud, String action, double ratePerSecond) {
        return add(new Rule(ids.incrementAndGet(), cloud, action, THROTTLING, 0, 1.0, new AtomicInteger(-1),
                ratePerSecond, new TokenBucket(ratePerSecond)));
    }

    private Rule add(Rule r) {
        rules.add(r);
        return r;
    }

    public List<Rule> all() {
        return List.copyOf(rules);
    }

    public boolean remove(long id) {
        return rules.removeIf(r -> r.id() == id);
    }

    public void clear() {
        rules.clear();
    }

    /** The rule that fires for this request, if any. Its latency has already been waited when this returns. */
    public Optional<Rule> fire(Cloud cloud, String action) {
        if (rules.isEmpty()) return Optional.empty();
        for (Rule r : rules) {
            if (!r.matches(cloud, action)) continue;
            if (r.bucket() != null) {
                if (r.bucket().take()) continue;
                return Optional.of(r);
            }
            if (ThreadLocalRandom.current().nextDouble() >= r.probability()) continue;
            if (r.remaining().get() >= 0 && r.remaining().getAndUpdate(n -> n > 0 ? n - 1 : n) <= 0) continue;
            if (r.latencyMs() > 0) {
                try {
                    Thread.sleep(r.latencyMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }
}
