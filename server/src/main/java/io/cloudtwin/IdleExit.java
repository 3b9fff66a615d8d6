package io.cloudtwin;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * {@code cloudtwin.launcher.idle-exit} (a duration; 0, the default: never): the server stops once it has answered no
 * request for that long. For the server cloudtwin-junit keeps between test runs ({@code -Dcloudtwin.reuse=true}),
 * which no launching process watches: a server nobody asks anything of goes by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the guards and the cloud filter, which may answer without going on
public class IdleExit implements Filter {
    private final Duration idle;
    private volatile long last = System.nanoTime();

    public IdleExit(@Value("${cloudtwin.launcher.idle-exit:0s}") Duration idle) {
        if (idle.isNegative()) throw new IllegalArgumentException("cloudtwin.launcher.idle-exit must not be negative");
        this.idle = idle;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        last = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            last = System.nanoTime();
        }
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (idle.isZero()) return;
        last = System.nanoTime();
        Thread watch = new Thread(this::watch, "idle-exit");
        watch.setDaemon(true);
        watch.start();
    }

    private void watch() {
        long limit = idle.toNanos();
        long tick = Math.max(TimeUnit.MILLISECONDS.toNanos(200), Math.min(limit / 4, TimeUnit.SECONDS.toNanos(5)));
        try {
            while (true) {
                long quiet = System.nanoTime() - last;
                if (quiet >= limit) {
                    LauncherHandshake.exit("no request for " + idle);
                    return;
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(tick, limit - quiet));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
