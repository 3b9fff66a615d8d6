package io.cloudtwin.core;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many resources of a kind each account has (account_usage), for per-account quotas. take() is one conditional
 * UPDATE: it holds the row's lock to the end of the caller's transaction, so concurrent creations of one account
 * cannot together pass the limit. The first count of an account runs in a savepoint: a concurrent first count fails
 * only that part.
 */
@Component
public record QuotaStore(JdbcClient jdbc, UniqueWrites writes) {
    /** What a quota counts, and the table it counts. */
    public enum Kind {
        SECURITY_GROUPS("security_group"), INSTANCES("instance");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** Counts n more for the account if that keeps it within limit; false (nothing counted) otherwise. */
    public boolean take(Cloud cloud, String accountId, Kind kind, int n, long limit) {
        if (update(cloud, accountId, kind, n, limit) == 1) return true;
        // no row yet (count it from the resources), or one another transaction made meanwhile, or the limit: the
        // second conditional UPDATE, with the row surely there, tells which
        if (!exists(cloud, accountId, kind)) {
            // refused: another transaction counted first, use its row
            writes.inSavepoint(() -> jdbc.sql("INSERT INTO account_usage (cloud, account_id, kind, used) "
                            + "SELECT :c, :a, :k, COUNT(*) FROM " + kind.table + " WHERE cloud = :key AND account_id = :a")
                    .param("c", cloud.name()).param("key", cloud.key()).param("a", accountId).param("k", kind.name())
                    .update());
        }
        return update(cloud, accountId, kind, n, limit) == 1;
    }

    private int update(Cloud cloud, String accountId, Kind kind, int n, long limit) {
        return jdbc.sql("UPDATE account_usage SET used = used + :n WHERE cloud = :c AND account_id = :a AND kind = :k "
                        + "AND used + :n <= :limit")
                .param("n", n).param("c", cloud.name()).param("a", accountId).param("k", kind.name())
                .param("limit", limit).update();
    }

    private boolean exists(Cloud cloud, String accountId, Kind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM account_usage WHERE cloud = :c AND account_id = :a AND kind = :k")
                .param("c", cloud.name()).param("a", accountId).param("k", kind.name()).query(Long.class).single() > 0;
    }

    /** Counts n fewer (a deletion). */
    public void release(Cloud cloud, String accountId, Kind kind, int n) {
        jdbc.sql("UPDATE account_usage SET used = used - :n WHERE cloud = :c AND account_id = :a AND kind = :k "
                        + "AND used >= :n")
                .param("n", n).param("c", cloud.name()).param("a", accountId).param("k", kind.name()).update();
    }

    /** Forgets every count: the next take() counts afresh (after a fixture import). */
    public void forgetAll() {
        jdbc.sql("DELETE FROM account_usage").update();
    }
}
