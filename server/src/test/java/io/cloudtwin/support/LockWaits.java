package io.cloudtwin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cloudtwin.core.Transactions;

/** Whether a piece of work waits for a lock that another transaction holds. */
public final class LockWaits {
    private LockWaits() {}

    /**
     * Takes a lock in a transaction that stays open, starts the work in another thread, and checks that the work has
     * not finished 300 ms later; then ends the transaction and checks that the work finishes.
     */
    public static void assertWaits(Transactions tx, Runnable takeLock, Runnable work, String what)
            throws Exception {
        CountDownLatch held = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.run(() -> {
            takeLock.run();
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(work);
        Thread.sleep(300);
        assertThat(waiting).as(what).isNotDone();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        waiting.get(10, TimeUnit.SECONDS);
    }
}
