package io.cloudtwin.core.compute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.UniqueWrites;

/**
 * Per scope (cloud, account, region, project): how many instances it holds (listing_count) and its listing order
 * (created_at, id) cut into runs (listing_run), so that a page costs the same at any offset and in any size of
 * store: the count is one row, and a page seeks to the start of the run holding its first row instead of skipping
 * every row before it (migration V31).
 * <p>
 * Kept by {@link InstanceStore#insert} and {@link InstanceStore#delete} in their transaction. Every writer first
 * locks the scope's listing_count row (an UPDATE), so the counts and the runs of one scope change one transaction
 * at a time; a run that grows past twice the bucket size is split at its middle. A scope without its row (before
 * V31, after a reset) is built from the instance table by its next writer (see count). Readers never build: without
 * a row they count and skip as before.
 */
@Component
public class ListingStore {
    /** The start of every scope's first run: before any instance (imports may date instances back). */
    static final OffsetDateTime FIRST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    /** ScopeFilter.clause for a scope with its region (listings are per region), written once; see params. */
    private static final String SCOPE = "cloud = :cloud AND account_id = :accountId AND region = :region "
            + "AND project_id = :projectId";
    /** The instance's listing key is at or after the run's start. */
    private static final String FROM_RUN_START = "(created_at > :firstAt OR (created_at = :firstAt AND id >= :firstId))";
    /** The listing order within one scope, led by the scope's columns so that H2 reads it from the V30 index. */
    static final String ORDER = "cloud, account_id, region, project_id, created_at, id";

    private final JdbcClient jdbc;
    private final UniqueWrites writes;
    private final int bucketSize;

    public ListingStore(JdbcClient jdbc, UniqueWrites writes,
                        @Value("${cloudtwin.listing.bucket-size:1024}") int bucketSize) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.bucketSize = Math.max(2, bucketSize);
    }

    /** One instance's place: its scope (region set) and its listing key as stored. */
    public record Key(Scope scope, OffsetDateTime createdAt, String id) {}

    /** Where a page of one scope starts: seek to (firstAt, firstId), or from the scope's start when null, then skip. */
    public record Seek(OffsetDateTime firstAt, String firstId, long skip) {}

    /** Before an instance of the scope is inserted: takes the scope's lock and counts it. */
    void adding(Scope scope) {
        count(scope, 1);
    }

    /**
     * Before an instance of the scope is deleted, while it is still there to be counted if the scope is built now:
     * takes the scope's lock and counts it out. {@link #removed} follows the DELETE.
     */
    void removing(Scope scope) {
        count(scope, -1);
    }

    /** After the instance was inserted (the key as stored): its run grows, and splits when too long. */
    void added(Key k) {
        Run run = runOf(k);
        jdbc.sql("UPDATE listing_run SET members = members + 1 WHERE " + SCOPE
                        + " AND first_at = :runAt AND first_id = :runId")
                .params(params(k.scope())).param("runAt", run.firstAt()).param("runId", run.firstId()).update();
        if (run.members() + 1 > 2L * bucketSize) split(k.scope(), run, run.members() + 1);
    }

    /** After the instance was deleted (and counted out by {@link #removing}): one fewer in its run; an emptied run
     * (not the first) goes. */
    void removed(Key k) {
        Run run = runOf(k);
        if (run.members() <= 1 && !run.firstAt().isEqual(FIRST)) {
            jdbc.sql("DELETE FROM listing_run WHERE " + SCOPE + " AND first_at = :runAt AND first_id = :runId")
                    .params(params(k.scope())).param("runAt", run.firstAt()).param("runId", run.firstId()).update();
        } else {
            jdbc.sql("UPDATE listing_run SET members = members - 1 WHERE " + SCOPE
                            + " AND first_at = :runAt AND first_id = :runId AND members > 0")
                    .params(params(k.scope())).param("runAt", run.firstAt()).param("runId", run.firstId()).update();
        }
    }

    /** How many instances the scope holds; empty when its row is not built yet. */
    public Optional<Long> total(Scope scope) {
        return jdbc.sql("SELECT instances FROM listing_count WHERE " + SCOPE).params(params(scope))
                .query(Long.class).optional();
    }

    /** How to reach the row at offset of the scope's listing: the start of the run holding it and what to skip there. */
    public Seek seek(Scope scope, long offset) {
        Optional<Seek> s = jdbc.sql("SELECT first_at, first_id, cum - members FROM (SELECT first_at, first_id, members, "
                        + "SUM(members) OVER (ORDER BY first_at, first_id) AS cum FROM listing_run WHERE " + SCOPE
                        + ") b WHERE cum > :offset ORDER BY first_at, first_id LIMIT 1")
                .params(params(scope)).param("offset", offset)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                    return at.isEqual(FIRST) ? new Seek(null, null, offset)
                            : new Seek(at, rs.getString(2), offset - rs.getLong(3));
                })
                .optional();
        return s.orElse(new Seek(null, null, offset));
    }

    /** The condition "at or after the seek's start" for a listing query of the scope (alias i), or "" from its start. */
    static String fromSeek(Seek s, String alias, Map<String, Object> params) {
        if (s.firstAt() == null) return "";
        params.put("firstAt", s.firstAt());
        params.put("firstId", s.firstId());
        String p = alias + ".";
        return " AND " + p + "created_at >= :firstAt AND (" + p + "created_at > :firstAt OR (" + p
                + "created_at = :firstAt AND " + p + "id >= :firstId))";
    }

    private record Run(OffsetDateTime firstAt, String firstId, long members) {}

    /** The run holding key k: the last one starting at or before it. */
    private Run runOf(Key k) {
        return jdbc.sql("SELECT first_at, first_id, members FROM listing_run WHERE " + SCOPE
                        + " AND (first_at < :at OR (first_at = :at AND first_id <= :id)) "
                        + "ORDER BY first_at DESC, first_id DESC LIMIT 1")
                .params(params(k.scope())).param("at", k.createdAt()).param("id", k.id())
                .query(ListingStore::run)
                .optional()
                // an instance dated before FIRST (an import may date it so) belongs to the first run, as the pages read
                .orElseGet(() -> jdbc.sql("SELECT first_at, first_id, members FROM listing_run WHERE " + SCOPE
                                + " ORDER BY first_at, first_id LIMIT 1")
                        .params(params(k.scope())).query(ListingStore::run).single());
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getLong(3));
    }

    /** Cuts a run of n members in two: the second half starts at its (n/2)-th member. */
    private void split(Scope scope, Run run, long n) {
        Map<String, Object> p = params(scope);
        String from = run.firstAt().isEqual(FIRST) ? "" : " AND created_at >= :firstAt AND " + FROM_RUN_START;
        if (!from.isEmpty()) {
            p.put("firstAt", run.firstAt());
            p.put("firstId", run.firstId());
        }
        long half = n / 2;
        var middle = jdbc.sql("SELECT created_at, id FROM instance WHERE " + SCOPE + from + " ORDER BY " + ORDER
                        + " LIMIT 1 OFFSET :half")
                .params(p).param("half", half)
                .query((rs, i) -> new Key(scope, rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                .optional();
        if (middle.isEmpty()) return;
        jdbc.sql("UPDATE listing_run SET members = :kept WHERE " + SCOPE + " AND first_at = :runAt AND first_id = :runId")
                .params(params(scope)).param("kept", half).param("runAt", run.firstAt()).param("runId", run.firstId())
                .update();
        insertRun(scope, middle.get().createdAt(), middle.get().id(), n - half);
    }

    /**
     * Adds delta to the scope's count, which locks its row to the end of the transaction. A scope without a row is
     * built first from its instances, in a savepoint: of two first writers, the second's INSERT fails on the first's
     * row (waiting for its commit) and then counts on it.
     */
    private void count(Scope scope, int delta) {
        if (update(scope, delta) == 1) return;
        writes.inSavepoint(() -> build(scope)); // refused: another writer built it first, count on its row
        update(scope, delta);
    }

    private int update(Scope scope, int delta) {
        return jdbc.sql("UPDATE listing_count SET instances = instances + :d WHERE " + SCOPE).params(params(scope))
                .param("d", delta).update();
    }

    private void build(Scope scope) {
        jdbc.sql("INSERT INTO listing_count (cloud, account_id, region, project_id, instances) "
                        + "SELECT :cloud, :accountId, :region, :projectId, COUNT(*) FROM instance WHERE " + SCOPE)
                .params(params(scope)).update();
        List<Key> starts = new ArrayList<>();
        long[] n = {0};
        jdbc.sql("SELECT created_at, id FROM instance WHERE " + SCOPE + " ORDER BY " + ORDER).params(params(scope))
                .query(rs -> {
                    if (n[0] % bucketSize == 0 && n[0] > 0) {
                        starts.add(new Key(scope, rs.getObject(1, OffsetDateTime.class), rs.getString(2)));
                    }
                    n[0]++;
                });
        long first = starts.isEmpty() ? n[0] : bucketSize;
        insertRun(scope, FIRST, "", first);
        for (int i = 0; i < starts.size(); i++) {
            long members = i == starts.size() - 1 ? n[0] - (long) bucketSize * (i + 1) : bucketSize;
            insertRun(scope, starts.get(i).createdAt(), starts.get(i).id(), members);
        }
    }

    private void insertRun(Scope scope, OffsetDateTime firstAt, String firstId, long members) {
        jdbc.sql("INSERT INTO listing_run (cloud, account_id, region, project_id, first_at, first_id, members) "
                        + "VALUES (:cloud, :accountId, :region, :projectId, :firstAt, :firstId, :members)")
                .params(params(scope)).param("firstAt", firstAt).param("firstId", firstId).param("members", members)
                .update();
    }

    private static Map<String, Object> params(Scope scope) {
        return ScopeFilter.params(scope);
    }
}
