package io.cloudtwin.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
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
 */
@Component
public class StoreSchema implements BeanPostProcessor {
    /** The final schema of the migrations, for a fresh in-memory H2 store. */
    public static final String SCRIPT = "db/schema/h2-memory.sql";
    /** Where Flyway finds the SQL migrations; the Java ones are listed in {@link #migrate}. */
    public static final String MIGRATIONS = "classpath:db/migration";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) prepare(dataSource);
        return bean;
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
