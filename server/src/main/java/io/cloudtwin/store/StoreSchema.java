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

import io.cloudtwin.store.migration.V3__MembershipIndexes;

/**
 * Gives the store its schema as soon as the DataSource exists, before any bean can use it.
 * <p>
 * A store that outlives the process (an H2 file, PostgreSQL) is migrated by Flyway: it may hold any earlier schema, and
 * PostgreSQL may be migrated by several processes at once (Flyway locks). A fresh in-memory H2 store can only be empty,
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
    /** Where Flyway finds the SQL migrations; the Java ones are listed in {@link #migrate}. */
    public static final String MIGRATIONS = "classpath:db/migration";

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
        Flyway.configure(StoreSchema.class.getClassLoader()).dataSource(dataSource).locations(MIGRATIONS)
                .javaMigrations(new V3__MembershipIndexes()).load().migrate();
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
