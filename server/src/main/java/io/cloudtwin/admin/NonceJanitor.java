package io.cloudtwin.admin;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Nonces;
import io.cloudtwin.core.WallClock;

/**
 * Forgets nonces past their keepUntil, once a minute: a request carrying one is refused for its timestamp by then.
 * Its own timer thread rather than {@code @Scheduled}: with no scheduled method left, the server needs no
 * {@code @EnableScheduling}, whose post-processor read every method of every bean at each start (about a tenth of
 * the start's main thread in a profile, docs/performance.md).
 */
@Component
final class NonceJanitor implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(NonceJanitor.class);
    private static final long EVERY_SECONDS = 60;

    private final Nonces nonces;
    private final WallClock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nonce-janitor");
        t.setDaemon(true);
        return t;
    });

    NonceJanitor(Nonces nonces, WallClock clock) {
        this.nonces = nonces;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        timer.scheduleWithFixedDelay(this::purgeLogged, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void purge() {
        nonces.forgetBefore(clock.now());
    }

    /** A periodic task that throws is never run again: a failed purge is logged and the next one runs. */
    private void purgeLogged() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("forgetting old nonces failed; trying again in {} s", EVERY_SECONDS, e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
