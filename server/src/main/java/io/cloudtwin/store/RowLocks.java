package io.cloudtwin.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * How a store takes a row lock. PostgreSQL: {@code SELECT ... FOR UPDATE}, one statement. H2 never caches a
 * {@code SELECT ... FOR UPDATE} (its Select.isCacheable() is false when the query locks), so every lock was parsed
 * and planned anew, the hottest statement of every binding call; there the row is locked by an UPDATE that changes
 * nothing (cached, and it holds the row lock until the transaction ends), read back in the same statement:
 * {@code SELECT ... FROM FINAL TABLE (UPDATE ...)}. Every store locks through {@link #select}; several rows are locked
 * one statement each, in id order.
 */
@Component
public class RowLocks {
    private final boolean lockByUpdate;

    public RowLocks(DataSource dataSource) {
        this.lockByUpdate = isH2(dataSource);
    }

    /**
     * Whether the store is H2: a pool's by its URL, asking it nothing (its schema may still be being prepared,
     * StoreSchema); any other DataSource by a connection's metadata.
     */
    private static boolean isH2(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
                if (url != null) return url.startsWith("jdbc:h2:");
            }
            try (Connection c = dataSource.getConnection()) {
                return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** True: lock with a no-op UPDATE read back as a delta table; false: SELECT ... FOR UPDATE. */
    boolean lockByUpdate() {
        return lockByUpdate;
    }

    /**
     * The statement that reads columns of the rows of table matching where and locks them until the transaction
     * ends. unchanged names a column the H2 form sets to itself.
     */
    public String select(String columns, String table, String unchanged, String where) {
        return lockByUpdate
                ? "SELECT " + columns + " FROM FINAL TABLE (UPDATE " + table + " SET " + unchanged + " = " + unchanged
                        + " WHERE " + where + ")"
                : "SELECT " + columns + " FROM " + table + " WHERE " + where + " FOR UPDATE";
    }
}
