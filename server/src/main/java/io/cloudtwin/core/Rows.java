package io.cloudtwin.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the stores share over the tables that link one kind to another (bindings, rules, addresses): counts
 * per key, one value per key, rows grouped by key; a link's row inserted or deleted by its columns' values. Table and
 * column names are the caller's constants, never input.
 */
public final class Rows {
    private Rows() {}

    /** Inserts one row: its columns and their values in turn (column, value, column, value, ...). */
    public static void insert(JdbcClient jdbc, String table, Object... columnsAndValues) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.append(i == 0 ? "" : ", ").append(columnsAndValues[i]);
            values.append(i == 0 ? ":p0" : ", :p" + i);
        }
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
        bind(jdbc.sql(sql), columnsAndValues).update();
    }

    /** Deletes the rows that hold all these values (column, value, column, value, ...); how many went. */
    public static int delete(JdbcClient jdbc, String table, Object... columnsAndValues) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            where.append(i == 0 ? "" : " AND ").append(columnsAndValues[i]).append(" = :p").append(i);
        }
        return bind(jdbc.sql("DELETE FROM " + table + " WHERE " + where), columnsAndValues).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Object[] columnsAndValues) {
        if (columnsAndValues.length == 0 || columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values in pairs");
        }
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            statement = statement.param("p" + i, columnsAndValues[i + 1]);
        }
        return statement;
    }

    /** How many rows of the table have each of these values in the column (values with none are left out). */
    public static Map<String, Long> countsBy(JdbcClient jdbc, String table, String column, Collection<String> values) {
        Map<String, Long> out = new HashMap<>();
        if (values.isEmpty()) return out;
        jdbc.sql("SELECT " + column + ", COUNT(*) AS n FROM " + table + " WHERE " + column + " IN (:values) GROUP BY "
                        + column)
                .param("values", values).query((rs, n) -> out.put(rs.getString(column), rs.getLong("n"))).list();
        return out;
    }

    /** Which of these values the column of the table holds, each once. */
    public static List<String> present(JdbcClient jdbc, String table, String column, Collection<String> values) {
        if (values.isEmpty()) return List.of();
        return jdbc.sql("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IN (:values)")
                .param("values", values).query(String.class).list();
    }

    /** How many rows of the table have that value in the column. */
    public static long count(JdbcClient jdbc, String table, String column, Object value) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :value").param("value", value)
                .query(Long.class).single();
    }

    /**
     * How many rows name the value in all those tables together, counted in one statement: each place is a table and
     * its condition over :value ("subnet WHERE vpc_id = :value").
     */
    public static long countAll(JdbcClient jdbc, Object value, String... places) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < places.length; i++) {
            sql.append(i == 0 ? "(SELECT COUNT(*) FROM " : " + (SELECT COUNT(*) FROM ").append(places[i]).append(")");
        }
        return jdbc.sql(sql.toString()).param("value", value).query(Long.class).single();
    }

    /** The value column of the rows whose key column holds one of the keys, by key. */
    public static Map<String, String> pairs(JdbcClient jdbc, String table, String key, String value,
                                            Collection<String> keys) {
        if (keys.isEmpty()) return new LinkedHashMap<>();
        return pairs(jdbc.sql("SELECT " + key + ", " + value + " FROM " + table + " WHERE " + key + " IN (:keys)")
                .param("keys", keys));
    }

    /** The value column of every row of the table, by its key column, in key order (state export). */
    public static Map<String, String> allPairs(JdbcClient jdbc, String table, String key, String value) {
        return pairs(jdbc.sql("SELECT " + key + ", " + value + " FROM " + table + " ORDER BY " + key));
    }

    private static Map<String, String> pairs(JdbcClient.StatementSpec statement) {
        Map<String, String> out = new LinkedHashMap<>();
        statement.query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /**
     * The value column of the rows whose key column holds one of the keys, grouped by key, each group in the order the
     * columns of order give (a link table's: the route tables of gateway endpoints, the sources of sessions).
     */
    public static Map<String, List<String>> lists(JdbcClient jdbc, String table, String key, String value,
                                                  Collection<String> keys, String order) {
        if (keys.isEmpty()) return new LinkedHashMap<>();
        List<String[]> rows = jdbc.sql("SELECT " + key + ", " + value + " FROM " + table + " WHERE " + key
                        + " IN (:keys) ORDER BY " + order).param("keys", keys)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        return grouped(rows, r -> r[0], r -> r[1]);
    }

    /** Rows grouped by a key, each group in the rows' order, the groups in the order of their first rows. */
    public static <R, V> Map<String, List<V>> grouped(List<R> rows, Function<R, String> key, Function<R, V> value) {
        Map<String, List<V>> out = new LinkedHashMap<>();
        for (R r : rows) out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(value.apply(r));
        return out;
    }
}
