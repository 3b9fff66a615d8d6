package io.cloudtwin.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/** The time every resource is stamped with, in UTC, from the one Clock bean (tests may set another). */
@Component
public class WallClock {
    private final Clock clock;

    public WallClock(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
