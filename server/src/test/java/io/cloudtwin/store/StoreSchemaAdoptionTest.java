package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cloudtwin.support.LocalPostgres;

/**
 * A store that migrations V1 to V127 made one at a time, before they were joined into V127__schema.sql, is adopted
 * at version 127: its history becomes one baseline row, its rows stay, and Flyway runs only the migrations after it.
 * Such a store is made here as those migrations left it: the schema of V127__schema.sql (the same: the catalogs of
 * both were compared on H2 and PostgreSQL when the migrations were joined) under the history they wrote
 * ({@value #OLD_HISTORY}).
 */
class StoreSchemaAdoptionTest {
    static final String OLD_HISTORY = "store/history-v1-to-v127.sql";
    static final String HISTORY = "\"flyway_schema_history\"";
    static final String WHOLE_HISTORY = "SELECT \"installed_rank\" || ' ' || COALESCE(\"version\", '-') || ' ' || "
            + "\"type\" || ' ' || \"script\" FROM " + HISTORY + " ORDER BY \"installed_rank\"";

    @Test
    void anH2FileStoreIsAdoptedWithItsRowsAndTakesOnlyTheMigrationsAfterIt(@TempDir Path dir) throws Exception {
        var ds = file(dir);
        oldStore(ds);
        assertThat(history(ds)).hasSize(81).first().isEqualTo("1 1 SQL");

        StoreSchema.prepare(ds);

        assertThat(history(ds)).as("the baseline, then every migration after it, once")
                .containsExactlyElementsOf(adoptedHistory());
        assertThat(strings(ds, "SELECT instance_id || '/' || group_id FROM membership")).containsExactly("i-1/sg-1");
        Flyway.configure().dataSource(ds).locations(StoreSchema.MIGRATIONS).load().validate();
        StoreSchema.prepare(ds);
        assertThat(history(ds)).as("adopted once").containsExactlyElementsOf(adoptedHistory());
    }

    @Test
    void aStoreBegunAtTheBaselineIsNotTouched(@TempDir Path dir) throws Exception {
        var ds = file(dir);
        StoreSchema.prepare(ds);
        List<String> before = strings(ds, WHOLE_HISTORY);

        StoreSchema.prepare(ds);

        assertThat(before).contains("1 127 SQL V127__schema.sql");
        assertThat(strings(ds, WHOLE_HISTORY)).isEqualTo(before);
    }

    @Test
    void aStoreThatStoppedShortOfV127IsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        var ds = file(dir);
        oldStore(ds);
        execute(ds, "DELETE FROM " + HISTORY + " WHERE \"version\" IN ('126', '127')");

        assertThatThrownBy(() -> StoreSchema.prepare(ds)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped at version 125").hasMessageContaining("start on an empty store");

        assertThat(history(ds)).hasSize(79).last().isEqualTo("79 125 SQL");
    }

    @Test
    void aPostgresStoreIsAdoptedOnceByProcessesStartingTogether() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            pg.sql("CREATE DATABASE adoption");
            var ds = new DriverManagerDataSource(pg.jdbcUrl("adoption"), "postgres", "");
            oldStore(ds);

            int starts = 4;
            CountDownLatch together = new CountDownLatch(starts);
            ExecutorService pool = Executors.newFixedThreadPool(starts);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < starts; i++) {
                    done.add(pool.submit(() -> {
                        together.countDown();
                        together.await();
                        StoreSchema.prepare(ds);
                        return null;
                    }));
                }
                for (Future<?> f : done) f.get();
            } finally {
                pool.shutdownNow();
            }

            assertThat(history(ds)).containsExactlyElementsOf(adoptedHistory());
            assertThat(strings(ds, "SELECT instance_id || '/' || group_id FROM membership"))
                    .containsExactly("i-1/sg-1");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static DriverManagerDataSource file(Path dir) {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("store") + ";LOCK_TIMEOUT=10000", "sa", "");
    }

    /** A store as V1 to V127 left it, with a binding in it. */
    private static void oldStore(DataSource ds) throws Exception {
        Flyway.configure().dataSource(ds).locations(StoreSchema.MIGRATIONS).target(StoreSchema.BASELINE).load()
                .migrate();
        execute(ds, "DELETE FROM " + HISTORY);
        String script;
        try (var in = StoreSchemaAdoptionTest.class.getClassLoader().getResourceAsStream(OLD_HISTORY)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : script.split("\n")) {
            if (line.startsWith("INSERT")) execute(ds, line.substring(0, line.length() - 1));
        }
        execute(ds, "INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                + "VALUES ('sg-1', 'aliyun', 'a', 'r', CURRENT_TIMESTAMP)");
        execute(ds, "INSERT INTO instance (id, cloud, account_id, region, status, created_at) "
                + "VALUES ('i-1', 'aliyun', 'a', 'r', 'Running', CURRENT_TIMESTAMP)");
        execute(ds, "INSERT INTO membership (instance_id, group_id, created_at) "
                + "VALUES ('i-1', 'sg-1', CURRENT_TIMESTAMP)");
    }

    /** The history of an adopted store once migrated: the baseline, then each migration after V127. */
    private static List<String> adoptedHistory() throws Exception {
        List<String> out = new ArrayList<>(List.of("1 127 BASELINE"));
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            files.map(f -> f.getFileName().toString()).map(f -> Integer.parseInt(f.substring(1, f.indexOf("__"))))
                    .filter(v -> v > Integer.parseInt(StoreSchema.BASELINE)).sorted()
                    .forEach(v -> out.add(out.size() + 1 + " " + v + " SQL"));
        }
        return out;
    }

    private static List<String> history(DataSource ds) throws SQLException {
        return strings(ds, "SELECT \"installed_rank\" || ' ' || \"version\" || ' ' || \"type\" FROM " + HISTORY
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
