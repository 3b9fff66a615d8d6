package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.core.MemoryNonces;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.aliyun.AliyunAuthenticator;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.support.AliyunV1Signer;

/**
 * Finding 4: a nonce is remembered as long as a request carrying it could still be accepted. A request signed ten
 * minutes ahead of the server's clock (inside the 15-minute skew) stays valid until 25 minutes from now; the janitor
 * running in between must not forget its nonce. The server's clock is moved by hand, not waited for.
 */
class ReplayWindowTest {
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFutureTimestampsNonceOutlivesTheJanitor() {
        MovableClock clock = new MovableClock();
        var props = new CloudtwinProperties(List.of(new CloudtwinProperties.AccountProperties("1", "demo",
                new CloudtwinProperties.AliyunCredential("ak", "secret"), null)),
                new CloudtwinProperties.Signature(true, Duration.ofMinutes(15)),
                new CloudtwinProperties.Transitions(Duration.ZERO), new CloudtwinProperties.Limits(5));
        MemoryNonces nonces = new MemoryNonces();
        WallClock wallClock = new WallClock(clock);
        AliyunAuthenticator auth = new AliyunAuthenticator(new Accounts(props), nonces, wallClock, props);
        NonceJanitor janitor = new NonceJanitor(nonces, wallClock);

        Map<String, String> p = new TreeMap<>(AliyunV1Signer.sign("GET", "ak", "secret",
                Map.of("Action", "DeleteSecurityGroup", "Timestamp", clock.now.plus(Duration.ofMinutes(10)).toString())));
        p.put("Signature", AliyunV1Signer.signature("GET", "secret", p));
        HttpCall call = new HttpCall("GET", "/", AliyunV1Signer.query(p), Map.of(), new byte[0], "127.0.0.1");

        assertThat(auth.authenticate(call, p).id()).isEqualTo("1");
        for (int minute = 1; minute <= 24; minute++) {
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            janitor.purge();
            assertThatThrownBy(() -> auth.authenticate(call, p)).as("replay after the janitor ran")
                    .isInstanceOfSatisfying(AliyunException.class,
                            e -> assertThat(e.error()).isEqualTo(AliyunError.NONCE_USED));
        }
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        janitor.purge();
        assertThatThrownBy(() -> auth.authenticate(call, p)).as("past its window the timestamp is refused")
                .isInstanceOfSatisfying(AliyunException.class,
                        e -> assertThat(e.error()).isEqualTo(AliyunError.TIMESTAMP_EXPIRED));
    }
}
