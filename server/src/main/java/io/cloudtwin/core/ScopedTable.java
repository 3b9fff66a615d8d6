package io.cloudtwin.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.cloudtwin.store.RowLocks;

/**
 * The repository of one kind of scoped resource, from its record alone: each record component is a column of the
 * same name in snake_case ({@code accountId}: account_id), and the scope columns are the record's cloud, accountId,
 * region and projectId. Strings, ints, longs, booleans, OffsetDateTime, Cloud (by its key), other enums (by name) and
 * lists of strings (a,b: their items never hold a comma) are mapped; the rows are ordered by created_at, then id. Rules that must hold under
 * concurrency are the caller's, in its transaction: {@link #lock} first, then the checks, then the change.
 *
 * <pre>{@code
 * record KeyPair(String id, Cloud cloud, String accountId, String region, String projectId, String name,
 *                String fingerprint, OffsetDateTime createdAt) {}
 * ScopedTable<KeyPair> keyPairs = new ScopedTable<>(jdbc, locks, "key_pair", KeyPair.class);
 * keyPairs.insert(k); keyPairs.find(scope, id); keyPairs.lock(scope, id);
 * keyPairs.list(scope, new ScopedTable.Where().equal("name", name), offset, limit);
 * }</pre>
 */
public final class ScopedTable<T extends Record> {
    private final JdbcClient jdbc;
    private final RowLocks locks;
    private final String table;
    private final RecordComponent[] components;
    private final String[] columns;
    private final Constructor<T> constructor;
    private final String columnList;

    public ScopedTable(JdbcClient jdbc, RowLocks locks, String table, Class<T> type) {
        this(jdbc, locks, table, type, Map.of());
    }

    /** As above, with the columns whose names are not their components' in snake_case ({@code type}: fw_type). */
    public ScopedTable(JdbcClient jdbc, RowLocks locks, String table, Class<T> type, Map<String, String> renamed) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.table = table;
        this.components = type.getRecordComponents();
        this.columns = new String[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            columns[i] = renamed.getOrDefault(components[i].getName(), column(components[i].getName()));
            types[i] = components[i].getType();
        }
        List<String> names = List.of(columns);
        for (String needed : List.of("id", "cloud", "account_id", "region", "project_id", "created_at")) {
            if (!names.contains(needed)) throw new IllegalArgumentException(type.getName() + " has no " + needed);
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
        this.columnList = String.join(", ", columns);
    }

    /** accountId: account_id. */
    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private int index(String component) {
        for (int i = 0; i < components.length; i++) if (components[i].getName().equals(component)) return i;
        throw new IllegalArgumentException(table + " has no " + component);
    }

    private String columnOf(String component) {
        return columns[index(component)];
    }

    /** The record type of a row. */
    public Class<T> type() {
        return constructor.getDeclaringClass();
    }

    public String table() {
        return table;
    }

    public void insert(T row) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            values.append(i == 0 ? ":" : ", :").append(components[i].getName());
            params.put(components[i].getName(), stored(value(row, i)));
        }
        jdbc.sql("INSERT INTO " + table + " (" + columnList + ") VALUES (" + values + ")").params(params).update();
    }

    public Optional<T> find(Scope scope, String id) {
        return jdbc.sql("SELECT " + columnList + " FROM " + table + " WHERE id = :id AND " + ScopeFilter.checkOnly("", scope))
                .params(ScopeFilter.params(scope)).param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** The scope's row of that id; else notFound, naming the id. */
    public T get(Scope scope, String id, DomainError notFound) {
        return find(scope, id).orElseThrow(() -> new DomainException(notFound, id));
    }

    /**
     * The scope's row of that id when it is a part of parentId (parent: the row's column naming what it is part of);
     * else notFound, naming the id.
     */
    public T partOf(Scope scope, String id, Function<T, String> parent, String parentId, DomainError notFound) {
        return find(scope, id).filter(row -> parent.apply(row).equals(parentId))
                .orElseThrow(() -> new DomainException(notFound, id));
    }

    /** Locks the scope's row until the caller's transaction ends (RowLocks: one cached statement on H2). */
    public Optional<T> lock(Scope scope, String id) {
        return jdbc.sql(locks.select(columnList, table, "created_at", "id = :id AND " + ScopeFilter.checkOnly("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /**
     * Locks the scope's row of that id in a scoped table, among the rows the condition picks, as {@link #lock} does,
     * reading no more; false: none.
     */
    public static boolean lockRow(JdbcClient jdbc, RowLocks locks, String table, String rows, Scope scope, String id) {
        return jdbc.sql(locks.select("id", table, "created_at",
                        "id = :id AND " + rows + " AND " + ScopeFilter.checkOnly("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id).query(String.class).optional().isPresent();
    }

    /** Locks the scope's row of that id as {@link #lock} does; else notFound, naming the id. */
    public T locked(Scope scope, String id, DomainError notFound) {
        return lock(scope, id).orElseThrow(() -> new DomainException(notFound, id));
    }

    /** Locks the scope's rows of those ids one by one, in id order (the order every locker uses); absent ones are left out. */
    public List<T> lockAll(Scope scope, Collection<String> ids) {
        List<T> out = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) lock(scope, id).ifPresent(out::add);
        return out;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Every row of every scope (state export). */
    public List<T> all() {
        return jdbc.sql("SELECT " + columnList + " FROM " + table + " ORDER BY created_at, id").query((rs, n) -> map(rs)).list();
    }

    /** One page of the scope's rows that match, and how many match. */
    public Page<T> list(Scope scope, Where where, int offset, int limit) {
        StringBuilder sql = new StringBuilder(ScopeFilter.clause("", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        where.appendTo(sql, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + sql).params(params).query(Long.class).single();
        List<T> items = jdbc.sql("SELECT " + columnList + " FROM " + table + " WHERE " + sql
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query((rs, n) -> map(rs)).list();
        return new Page<>(items, total);
    }

    /** The next rows after a row (keyset paging, for NextToken): created after it, or at the same time with a larger id. */
    public List<T> after(Scope scope, Where where, OffsetDateTime createdAt, String id, int limit) {
        StringBuilder sql = new StringBuilder(ScopeFilter.clause("", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        where.appendTo(sql, params);
        if (id != null) {
            sql.append(" AND (created_at > :afterTime OR (created_at = :afterTime AND id > :afterId))");
            params.put("afterTime", createdAt);
            params.put("afterId", id);
        }
        return jdbc.sql("SELECT " + columnList + " FROM " + table + " WHERE " + sql + " ORDER BY created_at, id LIMIT :limit")
                .params(params).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    /** The next rows after that row (keyset paging, for NextToken); null: from the first. */
    public List<T> after(Scope scope, Where where, T last, int limit) {
        return last == null ? after(scope, where, null, null, limit)
                : after(scope, where, (OffsetDateTime) value(last, index("createdAt")), id(last), limit);
    }

    /**
     * The scope's rows that match as a listing, each read in a transaction of its own; a cursor naming no row of the
     * scope is notFound.
     */
    public Listing<T> listing(Transactions tx, Scope scope, Where where, DomainError notFound) {
        return Listing.of(id -> tx.read(() -> get(scope, id, notFound)),
                (last, limit) -> tx.read(() -> after(scope, where, last, limit)),
                (offset, limit) -> tx.read(() -> list(scope, where, offset, limit)), this::id);
    }

    /** The row's id. */
    public String id(T row) {
        return (String) value(row, index("id"));
    }

    /** The rows of any scope that match the condition (SQL over this table's columns), in creation order. */
    public List<T> select(String condition, Map<String, ?> params) {
        return jdbc.sql("SELECT " + columnList + " FROM " + table + " WHERE " + condition + " ORDER BY created_at, id")
                .params(params).query((rs, n) -> map(rs)).list();
    }

    /** How many rows of any scope hold the value in the column (the rows that name a parent, say). */
    public long counted(String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :value").param("value", value)
                .query(Long.class).single();
    }

    /** The rows whose column holds one of the values, grouped by that value, each group in creation order. */
    public Map<String, List<T>> groupedBy(String column, Collection<String> values) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        if (values.isEmpty()) return out;
        jdbc.sql("SELECT " + columnList + " FROM " + table + " WHERE " + column + " IN (:values) ORDER BY created_at, id")
                .param("values", values)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(column), k -> new ArrayList<>()).add(map(rs))).list();
        return out;
    }

    /** Sets columns of a row (by record component name); a null value leaves that column as it is. */
    public int update(String id, Map<String, ?> changes) {
        StringBuilder set = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        changes.forEach((component, value) -> {
            if (value == null) return;
            set.append(set.isEmpty() ? "" : ", ").append(columnOf(component)).append(" = :").append(component);
            params.put(component, stored(value));
        });
        if (set.isEmpty()) return 0;
        return jdbc.sql("UPDATE " + table + " SET " + set + " WHERE id = :id").params(params).param("id", id).update();
    }

    /** Renames or re-describes a row; null leaves a field as it is. */
    public int describe(String id, String name, String description) {
        return jdbc.sql("UPDATE " + table + " SET name = COALESCE(:name, name), "
                        + "description = COALESCE(:description, description) WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("description", description, Types.VARCHAR)
                .param("id", id).update();
    }

    public int delete(String id) {
        return jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", id).update();
    }

    /** A row read back as the record. */
    public T map(ResultSet rs) throws SQLException {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) args[i] = read(rs, columns[i], components[i]);
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private Object value(T row, int i) {
        try {
            return components[i].getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object stored(Object v) {
        if (v instanceof Cloud c) return c.key();
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof List<?> l) return commaList(l);
        return v;
    }

    private static Object read(ResultSet rs, String column, RecordComponent c) throws SQLException {
        Class<?> t = c.getType();
        if (t == String.class) return rs.getString(column);
        if (t == int.class) return rs.getInt(column);
        if (t == long.class) return rs.getLong(column);
        if (t == boolean.class) return rs.getBoolean(column);
        if (t == Integer.class || t == Long.class || t == Boolean.class) {
            Object v = rs.getObject(column, t);
            return rs.wasNull() ? null : v;
        }
        if (t == OffsetDateTime.class) return rs.getObject(column, OffsetDateTime.class);
        if (t == Cloud.class) return Cloud.valueOf(rs.getString(column).toUpperCase(Locale.ROOT));
        if (t.isEnum()) return enumValue(t, rs.getString(column));
        if (t == List.class && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            String text = rs.getString(column);
            if (text == null || text.isEmpty()) return List.of();
            return List.of(text.split(","));
        }
        throw new IllegalStateException("no column mapping for " + c);
    }

    /** A list of strings as one column: a,b,c (its items are CIDR blocks, ids and such: never a comma). */
    private static String commaList(List<?> items) {
        for (Object o : items) {
            if (String.valueOf(o).contains(",")) throw new IllegalArgumentException("a listed value holds a comma: " + o);
        }
        return items.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> t, String name) {
        return name == null ? null : Enum.valueOf((Class) t, name);
    }

    /** Conditions beside the scope: a column equal to a value, or in a set; null or empty values mean "any". */
    public static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        public Where equal(String column, Object value) {
            if (value == null || (value instanceof String s && s.isEmpty())) return this;
            String p = "w" + params.size();
            sql.append(" AND ").append(column).append(" = :").append(p);
            params.put(p, stored(value));
            return this;
        }

        /** The column's value (a time) is later than the given one; null means any. */
        public Where after(String column, Object value) {
            if (value == null) return this;
            String p = "w" + params.size();
            sql.append(" AND ").append(column).append(" > :").append(p);
            params.put(p, stored(value));
            return this;
        }

        /** The column is "" (true) or not "" (false); null means any. */
        public Where empty(String column, Boolean empty) {
            if (empty != null) sql.append(" AND ").append(column).append(empty ? " = ''" : " <> ''");
            return this;
        }

        /** The column's value is (true) or is not (false) among the values the subquery selects; null means any. */
        public Where among(String column, Boolean among, String subquery) {
            if (among != null) sql.append(" AND ").append(column).append(among ? " IN (" : " NOT IN (").append(subquery).append(")");
            return this;
        }

        /** The column's value contains the text, as it is (no wildcards); null or empty means any. */
        public Where contains(String column, String text) {
            if (text == null || text.isEmpty()) return this;
            String p = "w" + params.size();
            sql.append(" AND ").append(column).append(" LIKE :").append(p).append(" ESCAPE '\\'");
            params.put(p, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            return this;
        }

        /** The column's value is one of the values (texts, or numbers for a number column); null or empty means any. */
        public Where in(String column, Collection<?> values) {
            if (values == null || values.isEmpty()) return this;
            String p = "w" + params.size();
            sql.append(" AND ").append(column).append(" IN (:").append(p).append(")");
            params.put(p, values);
            return this;
        }

        void appendTo(StringBuilder where, Map<String, Object> into) {
            where.append(sql);
            into.putAll(params);
        }
    }
}
