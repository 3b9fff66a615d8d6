package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cloudtwin.CloudtwinApplication;

/**
 * Issue 19, at its root: on the H2 file store a commit is visible to other connections before it is written to the
 * file, so a request that read it could answer it, and a kill -9 then would erase a change someone was told about.
 * The store's write lock is held here (as a long chunk write of another committer holds it) while a writer commits: the
 * writer's commit has not returned, yet another connection already reads its row. The barrier every answer passes
 * ({@link WrittenBarrier}, through {@code dialect.WrittenAnswers}) must wait until that row is written; with no
 * barrier (the code before the fix) the reader's answer would leave at once. Once the lock is released the barrier
 * returns, and the row is in the file.
 */
class WrittenBarrierTest {
    private static final AtomicLong QUERIES = new AtomicLong();

    @TempDir
    Path dir;

    private static MVStore store(Connection c) throws SQLException {
        return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
    }

    /**
     * Whether the reader sees the row, by a query text of its own each time. H2 hands a repeated query its last result
     * while no table it reads was marked modified since; a commit marks its tables before it becomes visible and again
     * only once it has returned, so a query that ran in between (it found nothing) would be answered "nothing" again
     * for as long as the commit waits for the file, and the window would stay hidden.
     */
    private static boolean sees(Connection c, String id) throws SQLException {
        String sql = "SELECT COUNT(*) FROM grp WHERE id = '" + id + "' AND " + QUERIES.incrementAndGet() + " > 0";
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    /**
     * A round that shows no window (the commit never became visible while the file was held) is started over on a
     * fresh store; the test fails when no round of five shows the window, naming where the writer's commit waited in
     * each, or when a round that shows it lets the answer leave too early. (Such rounds came from H2's reuse of a
     * query's last result, which {@link #sees} now avoids.)
     */
    @Test
    void anAnswerWaitsUntilWhatItSawIsWritten() throws Exception {
        StringBuilder waits = new StringBuilder();
        for (int round = 1; round <= 5; round++) {
            if (windowShown(dir.resolve("round-" + round), waits)) return;
        }
        throw new AssertionError("in no round of five was the commit visible before it was written; where the"
                + " writer's commit waited while the file was held:" + waits);
    }

    /** One round on a fresh store: false when the commit did not become visible while the file was held. */
    private boolean windowShown(Path at, StringBuilder waits) throws Exception {
        String url = CloudtwinApplication.fileUrl(at.toString());
        WrittenBarrier barrier = new WrittenBarrier(new DriverManagerDataSource(url, "sa", ""), url);
        assertThat(barrier.needed()).isTrue();
        // threads of its own: tasks of other tests left in the common pool must not starve these
        ExecutorService threads = Executors.newCachedThreadPool();
        try (Connection setup = DriverManager.getConnection(url, "sa", "");
             Connection writer = DriverManager.getConnection(url, "sa", "");
             Connection reader = DriverManager.getConnection(url, "sa", "")) {
            setup.createStatement().execute("CREATE TABLE grp (id VARCHAR(64) PRIMARY KEY)");
            // the reader reads the table once before the lock is held: its first read may have to load pages from the
            // file, behind the held lock, and then it would see nothing until the lock is released (CI, load ~10)
            setup.createStatement().execute("INSERT INTO grp VALUES ('g-1')");
            assertThat(sees(reader, "g-1")).isTrue();
            assertThat(sees(reader, "g-2")).isFalse();
            // nothing left unwritten before the lock is held: else the writer's commit may first have to save the
            // store (behind the held lock) and only then become visible, and there is no window to show
            setup.createStatement().execute("CHECKPOINT");
            CountDownLatch held = new CountDownLatch(1), release = new CountDownLatch(1);
            MVStore mv = store(setup);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> mv.executeFilestoreOperation(() -> {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), threads);
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            writer.setAutoCommit(false);
            writer.createStatement().execute("INSERT INTO grp VALUES ('g-2')");
            AtomicReference<Thread> committer = new AtomicReference<>();
            CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
                committer.set(Thread.currentThread());
                try {
                    writer.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            // the commit is visible before it is written: this is H2's order, what the barrier exists for
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!sees(reader, "g-2")) {
                if (System.nanoTime() > deadline) {
                    waits.append("\n round ").append(at.getFileName()).append(commit.isDone() ? " (commit returned)" : "")
                            .append(':');
                    Thread t = committer.get();
                    if (t != null) for (StackTraceElement e : t.getStackTrace()) waits.append("\n  at ").append(e);
                    release.countDown();
                    holder.get(10, TimeUnit.SECONDS);
                    commit.get(10, TimeUnit.SECONDS);
                    return false;
                }
                Thread.onSpinWait();
            }
            assertThat(commit).as("the writer's commit waits for the file").isNotDone();

            CompletableFuture<Void> answer = CompletableFuture.runAsync(barrier::await, threads);
            Thread.sleep(300);
            assertThat(answer).as("an answer that saw g-2 must not leave before g-2 is in the file").isNotDone();

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            answer.get(10, TimeUnit.SECONDS);
            commit.get(10, TimeUnit.SECONDS);
            assertThat(mv.hasUnsavedChanges()).as("what the answer told is written").isFalse();
            return true;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyTheH2FileStoreNeedsIt() {
        assertThat(WrittenBarrier.isH2File(CloudtwinApplication.fileUrl("/data"))).isTrue();
        assertThat(WrittenBarrier.isH2File("jdbc:h2:mem:cloudtwin;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(WrittenBarrier.isH2File("jdbc:postgresql://localhost/cloudtwin")).isFalse();
        assertThat(WrittenBarrier.isH2File("jdbc:h2:tcp://localhost/cloudtwin")).isFalse();
    }
}
