package io.cloudtwin.store;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure every change another request could have seen is in the store's file before an answer leaves.
 * <p>On the H2 file store a commit becomes visible to other connections (and its row locks are released) before the
 * committing thread writes it to the file ({@code TransactionStore.commit}, then {@code endTransaction} and only then
 * {@code MVStore.commit()}). A request that read such a change (a Describe, a client token's replay, an idempotent
 * no-op) could answer it, and a kill -9 in that moment would erase a change someone was told about. {@code CHECKPOINT}
 * waits for the store's write lock and writes whatever visible change is not yet written, so after it returns,
 * everything the request saw is in the file. PostgreSQL shows a commit only once it is flushed, and the in-memory
 * store keeps nothing across a kill: there it does nothing.
 */
@Component
public class WrittenBarrier {
    private final JdbcClient jdbc;
    private final boolean needed;

    public WrittenBarrier(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = JdbcClient.create(dataSource);
        this.needed = isH2File(url);
    }

    /** Whether the store is an H2 file (jdbc:h2:file:..., or a bare path, which H2 reads as a file). */
    public static boolean isH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) return false;
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    public boolean needed() {
        return needed;
    }

    /**
     * Returns once every change committed so far is written to the file. Called outside any transaction (CHECKPOINT
     * would commit the caller's own).
     */
    public void await() {
        if (needed) jdbc.sql("CHECKPOINT").update();
    }
}
