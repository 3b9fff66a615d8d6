package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory store is made from one script (StoreSchema.SCRIPT) instead of the migrations: the script must be
 * exactly what the migrations make. When a migration is added or changed, the first test fails until the script is
 * regenerated with
 * {@code ./mvnw -B -q -o -pl server test -Dtest=StoreSchemaScriptTest -Dcloudtwin.schema.write=true}.
 */
class StoreSchemaScriptTest {
    static final Path SCRIPT = Path.of("src/main/resources").resolve(StoreSchema.SCRIPT);
    static final String REGENERATE = "./mvnw -B -q -o -pl server test -Dtest=StoreSchemaScriptTest "
            + "-Dcloudtwin.schema.write=true";
    static final String HISTORY = "flyway_schema_history";

    @Test
    void theScriptIsWhatTheMigrationsMake() throws Exception {
        String expected;
        try (Connection c = migrated("gen").getConnection()) {
            expected = script(c);
        }
        if (Boolean.getBoolean("cloudtwin.schema.write")) Files.writeString(SCRIPT, expected, StandardCharsets.UTF_8);
        String current = Files.exists(SCRIPT) ? Files.readString(SCRIPT, StandardCharsets.UTF_8) : "";
        assertThat(current).as("%s is not the schema the migrations make (a migration was added or changed); "
                + "regenerate it with: %s", StoreSchema.SCRIPT, REGENERATE).isEqualTo(expected);
    }

    @Test
    void aStoreFromTheScriptHasTheMigratedStoresTablesColumnsIndexesAndConstraints() throws Exception {
        var fromScript = memory("script");
        StoreSchema.prepare(fromScript);
        Map<String, List<String>> made, migrated;
        try (Connection c = fromScript.getConnection()) {
            made = catalog(c);
        }
        try (Connection c = migrated("flyway").getConnection()) {
            migrated = catalog(c);
        }
        assertThat(migrated.get("indexes")).as("the migrated store's catalog is read")
                .anyMatch(row -> row.startsWith("MEMBERSHIP|MEMBERSHIP_BY_GROUP|"));
        assertThat(migrated.get("foreign keys")).anyMatch(row -> row.startsWith("MEMBERSHIP_INSTANCE_FK|")
                && row.endsWith("|CASCADE"));
        for (String aspect : List.of("tables", "columns", "indexes", "index columns", "constraints", "foreign keys")) {
            assertThat(migrated.get(aspect)).as("the migrated store's %s", aspect).isNotEmpty();
        }
        for (String aspect : migrated.keySet()) {
            assertThat(made.get(aspect)).as(aspect).containsExactlyElementsOf(migrated.get(aspect));
        }
    }

    @Test
    void anInMemoryStoreIsMadeOnceWithoutFlyway() throws Exception {
        var ds = memory("twice");
        StoreSchema.prepare(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                    + "VALUES ('sg-1', 'aliyun', 'a', 'r', CURRENT_TIMESTAMP)");
        }
        // a second context of the same JVM on the same in-memory store keeps what is there
        StoreSchema.prepare(ds);
        try (Connection c = ds.getConnection()) {
            assertThat(strings(c, "SELECT id FROM security_group")).containsExactly("sg-1");
            assertThat(strings(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                    .contains("INSTANCE", "MEMBERSHIP").doesNotContain(HISTORY);
        }
    }

    @Test
    void aFileStoreIsMigratedByFlyway(@TempDir Path dir) throws Exception {
        var ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("store") + ";LOCK_TIMEOUT=10000", "sa", "");
        StoreSchema.prepare(ds);
        StoreSchema.prepare(ds);
        try (Connection c = ds.getConnection()) {
            List<String> versions = strings(c, "SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL "
                    + "ORDER BY \"installed_rank\"");
            assertThat(versions).as("every migration once, from the schema of version 127 on")
                    .startsWith(StoreSchema.BASELINE).doesNotHaveDuplicates()
                    .hasSize(Files.list(Path.of("src/main/resources/db/migration")).toList().size());
            assertThat(strings(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                    .contains("INSTANCE", "MEMBERSHIP", HISTORY);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static DriverManagerDataSource memory(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:schema-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    private static DriverManagerDataSource migrated(String name) {
        var ds = memory(name);
        StoreSchema.migrate(ds);
        return ds;
    }

    /**
     * The script: H2's own description of the schema without data, settings, users or Flyway's history table, one
     * statement after another, as RUNSCRIPT reads it. H2 writes every foreign key last; made there, a foreign key
     * would take an index of ours on its columns where the migrations, making it first, gave it an index of its own.
     * Such a foreign key is moved before the first index of ours it could take, so both stores get the same indexes.
     */
    static String script(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder("-- The schema every migration in db/migration leads to,"
                + " for a fresh in-memory H2 store\n-- (store/StoreSchema). Generated: do not edit; regenerate with\n-- "
                + REGENERATE + "\n");
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : strings(c, "SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            statement.append(line).append('\n');
            if (!line.endsWith(";")) continue;
            String s = statement.toString();
            statement.setLength(0);
            if (s.startsWith("--") || s.startsWith("CREATE USER") || s.contains("\"" + HISTORY + "\"")) continue;
            statements.add(s);
        }
        assertThat(statement).as("H2's script ends with a whole statement").isEmpty();
        List<String> ownIndex = strings(c, "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE "
                + "TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'FOREIGN KEY'").stream()
                .filter(name -> ownedIndex(c, name)).toList();
        List<String> early = new ArrayList<>();
        for (String s : statements) {
            Matcher fk = FOREIGN_KEY.matcher(s);
            if (fk.find() && ownIndex.contains(fk.group(2))) early.add(s);
        }
        List<String> ordered = new ArrayList<>(statements);
        ordered.removeAll(early);
        for (String fk : early) {
            Matcher m = FOREIGN_KEY.matcher(fk);
            m.find();
            String table = m.group(1), columns = m.group(3), referenced = m.group(4);
            // not before its own table, nor before the key of the table it refers to
            int earliest = 0;
            for (int i = 0; i < ordered.size(); i++) {
                String s = ordered.get(i);
                if (s.startsWith("CREATE MEMORY TABLE \"PUBLIC\"." + table + "(")
                        || s.startsWith("ALTER TABLE \"PUBLIC\"." + referenced + " ADD CONSTRAINT")
                        && !s.contains(" FOREIGN KEY(")) earliest = i + 1;
            }
            List<String> competing = new ArrayList<>();
            int at = -1;
            for (int i = 0; i < ordered.size(); i++) {
                Matcher index = INDEX.matcher(ordered.get(i));
                if (!index.find() || !index.group(1).equals(table)
                        || !index.group(2).replace(" NULLS FIRST", "").startsWith(columns)) continue;
                if (i < earliest) competing.add(ordered.get(i));
                else if (at < 0) at = i;
            }
            ordered.removeAll(competing);
            if (at < 0) {
                ordered.addAll(competing.isEmpty() ? ordered.size() : earliest - competing.size(), List.of(fk));
            } else {
                ordered.add(at - competing.size(), fk);
            }
            // the indexes of ours it could have taken come right after it
            ordered.addAll(ordered.indexOf(fk) + 1, competing);
        }
        ordered.forEach(out::append);
        return out.toString();
    }

    static final Pattern FOREIGN_KEY = Pattern.compile(
            "^ALTER TABLE \"PUBLIC\"\\.(\"[^\"]+\") ADD CONSTRAINT \"PUBLIC\"\\.\"([^\"]+)\" FOREIGN KEY\\(([^)]*)\\) REFERENCES \"PUBLIC\"\\.(\"[^\"]+\")");
    static final Pattern INDEX = Pattern.compile(
            "^CREATE (?:UNIQUE )?INDEX \"PUBLIC\"\\.\"[^\"]+\" ON \"PUBLIC\"\\.(\"[^\"]+\")\\(([^)]*)\\)");

    /** Whether H2 made the foreign key an index of its own (named by H2), rather than using one of ours. */
    private static boolean ownedIndex(Connection c, String constraint) {
        try {
            List<String> index = strings(c, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE "
                    + "CONSTRAINT_NAME = '" + constraint + "'");
            return index.size() == 1 && GENERATED_INDEX.matcher(index.get(0)).matches();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What INFORMATION_SCHEMA says of the tables (Flyway's history aside), one sorted list of rows per aspect. */
    static Map<String, List<String>> catalog(Connection c) throws SQLException {
        String tables = "TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> '" + HISTORY + "'";
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("tables", rows(c, "SELECT TABLE_NAME, TABLE_TYPE, STORAGE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE "
                + tables));
        out.put("columns", rows(c, "SELECT TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, DATA_TYPE, "
                + "CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, "
                + "COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION FROM INFORMATION_SCHEMA.COLUMNS WHERE " + tables));
        out.put("indexes", rows(c, "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE " + tables.replace("TABLE_SCHEMA", "INDEX_SCHEMA")));
        out.put("index columns", rows(c, "SELECT TABLE_NAME, INDEX_NAME, ORDINAL_POSITION, COLUMN_NAME, "
                + "ORDERING_SPECIFICATION, NULL_ORDERING, IS_UNIQUE FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE "
                + tables));
        out.put("constraints", rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE " + tables));
        out.put("constraint columns", rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION, COLUMN_NAME, "
                + "POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE " + tables));
        out.put("foreign keys", rows(c, "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, MATCH_OPTION, UPDATE_RULE, "
                + "DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC'"));
        out.put("checks", rows(c, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS "
                + "WHERE CONSTRAINT_SCHEMA = 'PUBLIC' AND CONSTRAINT_NAME NOT LIKE '" + HISTORY + "%'"));
        out.put("sequences", rows(c, "SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT FROM "
                + "INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'"));
        out.put("views", rows(c, "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE " + tables));
        // H2 names the index behind a constraint itself (PRIMARY_KEY_4, CONSTRAINT_AC_INDEX_A), from a counter: the
        // same index gets another such name when the constraint is made by the script. Nothing refers to these
        // names, so they are compared by what they are: their table and columns.
        Map<String, String> generated = new LinkedHashMap<>();
        for (String row : rows(c, "SELECT INDEX_NAME, TABLE_NAME, LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY "
                + "ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE " + tables + " GROUP BY INDEX_NAME, "
                + "TABLE_NAME")) {
            String[] f = row.split("\\|");
            if (GENERATED_INDEX.matcher(f[0]).matches()) generated.put(f[0], "(generated: " + f[1] + " " + f[2] + ")");
        }
        out.replaceAll((aspect, list) -> list.stream().map(row -> {
            List<String> fields = new ArrayList<>();
            for (String f : row.split("\\|", -1)) fields.add(generated.getOrDefault(f, f));
            return String.join("|", fields);
        }).sorted().toList());
        return out;
    }

    /**
     * The names H2 gives the index behind a constraint: PRIMARY_KEY_n, and (constraint)_INDEX_n, for an unnamed
     * constraint (CONSTRAINT_AC_INDEX_A) or a named one (SUBNET_IPV6_ADDRESS_ID_INDEX_A, renumbered when a later
     * ALTER TABLE ... ADD COLUMN rebuilds its table).
     */
    static final Pattern GENERATED_INDEX = Pattern.compile("PRIMARY_KEY_[0-9A-F]+|[A-Z0-9_]+_INDEX_[0-9A-F]+");

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
