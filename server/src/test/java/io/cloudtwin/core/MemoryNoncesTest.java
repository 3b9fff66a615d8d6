package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MemoryNoncesTest {
    private final OffsetDateTime t0 = OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);

    private static boolean use(MemoryNonces n, String credential, String nonce, OffsetDateTime at) {
        return n.firstUse(credential, nonce, at, at.plusMinutes(15));
    }

    @Test
    void aNonceIsAcceptedOncePerCredential() {
        MemoryNonces n = new MemoryNonces();
        assertThat(use(n, "ak-1", "nonce", t0)).isTrue();
        assertThat(use(n, "ak-1", "nonce", t0.plusMinutes(3))).isFalse();
        assertThat(use(n, "ak-2", "nonce", t0)).isTrue();
        assertThat(use(n, "ak-1nonce", "", t0)).as("credential and nonce are not simply concatenated").isTrue();
    }

    @Test
    void manyNoncesAreAllRememberedAndForgottenByExpiry() {
        MemoryNonces n = new MemoryNonces();
        for (int i = 0; i < 200_000; i++) assertThat(use(n, "ak", "n" + i, t0.plusSeconds(i / 1000))).isTrue();
        assertThat(n.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) assertThat(use(n, "ak", "n" + i, t0.plusMinutes(4))).isFalse();
        n.forgetBefore(t0.plusMinutes(17));
        assertThat(use(n, "ak", "n0", t0.plusMinutes(17))).as("kept until t0 + 15 min, then forgotten").isTrue();
        assertThat(use(n, "ak", "n199999", t0.plusMinutes(17))).as("kept until t0 + 18 min").isFalse();
        n.clear();
        assertThat(n.size()).isZero();
    }

    /** Finding 4: a nonce signed ahead of the server's clock is kept until its own timestamp plus the skew. */
    @Test
    void aNonceIsNeverForgottenBeforeItsKeepUntil() {
        MemoryNonces n = new MemoryNonces();
        OffsetDateTime keepUntil = t0.plusMinutes(30).plusSeconds(59);
        assertThat(n.firstUse("ak", "future", t0, keepUntil)).isTrue();
        for (int m = 0; m <= 30; m++) {
            n.forgetBefore(t0.plusMinutes(m));
            assertThat(n.firstUse("ak", "future", t0.plusMinutes(m), keepUntil)).as("minute " + m).isFalse();
        }
        n.forgetBefore(keepUntil.plusMinutes(2));
        assertThat(n.firstUse("ak", "future", keepUntil.plusMinutes(2), keepUntil.plusMinutes(20))).isTrue();
    }
}
