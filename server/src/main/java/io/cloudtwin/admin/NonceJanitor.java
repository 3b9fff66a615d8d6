package io.cloudtwin.admin;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Nonces;
import io.cloudtwin.core.WallClock;

/** Forgets nonces past their keepUntil: a request carrying one is refused for its timestamp by then. */
@Component
record NonceJanitor(Nonces nonces, WallClock clock, CloudtwinProperties props) {
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void purge() {
        nonces.forgetBefore(clock.now());
    }
}
