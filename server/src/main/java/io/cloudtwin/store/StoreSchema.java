package io.cloudtwin.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Gives the store its schema as soon as the DataSource exists, before any bean can use it.
 * <p>
 * A store that outlives the process (an H2 file, PostgreSQL) is migrated by Flyway: it may hold any schema from
 * version 127 on (one the old migrations V1 to V127 made is adopted first, {@link #adopt}), and PostgreSQL may be
 * migrated by several processes at once (Flyway locks). A fresh in-memory H2 store can only be empty,
 * so it is created by one script, {@value #SCRIPT}: the schema every migration leads to, as H2 writes it out
 * ({@code SCRIPT NODATA}). That skips replaying every migration and loading Flyway at all, the largest single cost of
 * a start (docs/performance.md). {@code StoreSchemaScriptTest} keeps the script equal to what the migrations make
 * (tables, columns, types, defaults, indexes, constraints) and regenerates it.
 * <p>
 * The schema is prepared on a thread of its own while the other beans are made (a start's second core is otherwise
 * half idle): the DataSource the context sees hands out a connection only once the schema is ready, and every schema
 * is ready, or its failure fails the start, before the last singleton is made and the server takes requests.
 */
@Component
public class StoreSchema implements BeanPostProcessor, SmartInitializingSingleton {
    /** The final schema of the migrations, for a fresh in-memory H2 store. */
    public static final String SCRIPT = "db/schema/h2-memory.sql";
    /** Where Flyway finds the migrations. */
    public static final String MIGRATIONS = "classpath:db/migration";
    /** The version of the first migration, V127__schema.sql: the schema that V1 to V127 made one at a time. */
    public static final String BASELINE = "127";
    static final String HISTORY = "\"flyway_schema_history\"";

    private final List<Prepared> prepared = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof Prepared) return bean;
        Prepared p = new Prepared(dataSource, CompletableFuture.runAsync(() -> prepare(dataSource),
                StoreSchema::onItsOwnThread));
        prepared.add(p);
        return p;
    }

    private static void onItsOwnThread(Runnable work) {
        Thread t = new Thread(work, "cloudtwin-schema");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void afterSingletonsInstantiated() {
        prepared.forEach(Prepared::await);
    }

    /**
     * A DataSource whose store's schema is being prepared: a connection once it is ready. It closes what it wraps (a
     * pool) when the context closes it.
     */
    static final class Prepared extends DelegatingDataSource implements AutoCloseable {
        private final CompletableFuture<Void> ready;

        Prepared(DataSource target, CompletableFuture<Void> ready) {
            super(target);
            this.ready = ready;
        }

        void await() {
            try {
                ready.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            await();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            await();
            return super.getConnection(username, password);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) pool.close();
        }
    }

    /** Creates (in-memory H2, when empty) or migrates (everything else) the store behind this DataSource. */
    public static void prepare(DataSource dataSource) {
        boolean memory;
        try (Connection c = dataSource.getConnection()) {
            memory = c.getMetaData().getURL().startsWith("jdbc:h2:mem:");
            // another context of this JVM (tests) may have made this in-memory store already
            if (memory && !hasTables(c)) createFromScript(c);
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("the store's schema could not be prepared", e);
        }
        if (!memory) migrate(dataSource);
    }

    /** Runs every migration the store has not had yet (Flyway): the only way for a file or PostgreSQL store. */
    public static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(StoreSchema.class.getClassLoader()).dataSource(dataSource)
                .locations(MIGRATIONS).load();
        adopt(dataSource);
        flyway.migrate();
    }

    /**
     * Adopts a store that migrations V1 to V127 made one at a time, before they were joined into V127__schema.sql:
     * its history (one row a migration) becomes the one row of a store begun at version 127, a baseline, so that
     * Flyway runs only what comes after. The schema itself is the same (StoreSchemaAdoptionTest). A store that
     * stopped short of V127 cannot be adopted: the migrations that would finish it are gone, and it is refused
     * with what to do. On PostgreSQL several processes may start at once: the first adopts under a lock of the
     * transaction, the others find the store adopted.
     */
    public static void adopt(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!hasHistory(c)) return;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                    s.execute("SELECT pg_advisory_xact_lock(" + HISTORY.hashCode() + ")");
                }
                List<String> applied = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM " + HISTORY
                        + " WHERE \"success\" AND \"type\" <> 'BASELINE' AND \"version\" IS NOT NULL")) {
                    while (rs.next()) applied.add(rs.getString(1));
                }
                if (applied.contains("1")) {
                    if (!applied.contains(BASELINE)) throw new IllegalStateException(stoppedShort(applied));
                    // the migrations' rows go; a row without a version (Flyway made the schema) stays
                    s.executeUpdate("DELETE FROM " + HISTORY + " WHERE \"version\" IS NOT NULL");
                    s.executeUpdate("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", "
                            + "\"type\", \"script\", \"installed_by\", \"installed_on\", \"execution_time\", "
                            + "\"success\") SELECT COALESCE(MAX(\"installed_rank\"), 0) + 1, '" + BASELINE + "', "
                            + "'adopted: V1 to V" + BASELINE + " one at a time', 'BASELINE', '<< Flyway Baseline >>', "
                            + "CURRENT_USER, CURRENT_TIMESTAMP, 0, TRUE FROM " + HISTORY);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("the store's schema history could not be read", e);
        }
    }

    private static String stoppedShort(List<String> applied) {
        int last = applied.stream().mapToInt(Integer::parseInt).max().orElse(0);
        return "This store's schema stopped at version " + last + ", made by a cloudtwin from before its migrations V1"
                + " to V" + BASELINE + " were joined into one: open it once with such a cloudtwin (commit 394685f or "
                + "earlier), which brings it to version " + BASELINE + ", or start on an empty store";
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "flyway_schema_history",
                null)) {
            return rs.next();
        }
    }

    /** Creates the final schema in one script on an empty H2 database. */
    public static void createFromScript(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/" + SCRIPT + "'");
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }
}
