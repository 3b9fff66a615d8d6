package io.cloudtwin.core.compute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.WallClock;

/**
 * Settling power-state transitions writes, which PostgreSQL refuses inside a read-only transaction: there a server
 * puts the settling off (the answer shows the states as last settled) instead of failing the request, while the tests'
 * strict setting fails, so that a read-only caller is found on H2 as well.
 */
class TransitionsReadOnlyTest {
    private static final CloudtwinProperties PROPS = new CloudtwinProperties(List.of(),
            new CloudtwinProperties.Signature(true, Duration.ofMinutes(15)),
            new CloudtwinProperties.Transitions(Duration.ofSeconds(5)), new CloudtwinProperties.Limits(5));

    @AfterEach
    void clear() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    /** No store: a settling that reached it would fail with a NullPointerException. */
    private static Transitions transitions(boolean strict) {
        return new Transitions(new WallClock(Clock.systemUTC()), PROPS, null, strict);
    }

    @Test
    void aServerPutsTheSettlingOffInAReadOnlyTransaction() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        assertThatCode(() -> transitions(false).settle()).doesNotThrowAnyException();
    }

    @Test
    void theTestsStrictSettingFailsThere() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        assertThatThrownBy(() -> transitions(true).settle()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void aReadWriteTransactionSettles() {
        assertThatThrownBy(() -> transitions(false).settle()).as("it reaches the store")
                .isInstanceOf(NullPointerException.class);
    }
}
