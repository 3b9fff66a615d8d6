package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MemoryNoncesTest {
    private final OffsetDateTime t0 = OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aNonceIsAcceptedOncePerCredential() {
        MemoryNonces n = new MemoryNonces();
        assertThat(n.firstUse("ak-1", "nonce", t0)).isTrue();
        assertThat(n.firstUse("ak-1", "nonce", t0.plusMinutes(3))).isFalse();
        assertThat(n.firstUse("ak-2", "nonce", t0)).isTrue();
        assertThat(n.firstUse("ak-1nonce", "", t0)).as("credential and nonce are not simply concatenated").isTrue();
    }

    @Test
    void manyNoncesAreAllRememberedAndForgottenByAge() {
        MemoryNonces n = new MemoryNonces();
        for (int i = 0; i < 200_000; i++) assertThat(n.firstUse("ak", "n" + i, t0.plusSeconds(i / 1000))).isTrue();
        assertThat(n.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) assertThat(n.firstUse("ak", "n" + i, t0.plusMinutes(4))).isFalse();
        n.forgetBefore(t0.plusMinutes(2));
        assertThat(n.firstUse("ak", "n0", t0.plusMinutes(4))).as("forgotten with its minute").isTrue();
        assertThat(n.firstUse("ak", "n199999", t0.plusMinutes(4))).as("still in the window").isFalse();
    }
}
