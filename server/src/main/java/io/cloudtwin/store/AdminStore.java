package io.cloudtwin.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole-store operations of the admin API. The tables come from the database's own catalog (INFORMATION_SCHEMA, the
 * same on H2 and PostgreSQL), so a kind's new table is reset with the others without being listed anywhere.
 */
@Component
public class AdminStore {
    private static final String HISTORY = "flyway_schema_history";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile List<String> order;

    public AdminStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Empties every table (the migrations' history aside), those that refer to others first. */
    public void deleteEverything() {
        transaction.executeWithoutResult(s -> {
            for (String table : tables()) jdbc.sql("DELETE FROM " + table).update();
        });
    }

    /** The store's tables, each after every table that refers to it. */
    List<String> tables() {
        List<String> o = order;
        if (o != null) return o;
        Set<String> all = new LinkedHashSet<>();
        for (String t : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list()) {
            String name = t.toLowerCase(Locale.ROOT);
            if (!name.equals(HISTORY)) all.add(name);
        }
        Map<String, Set<String>> parents = new HashMap<>();
        jdbc.sql("SELECT c.table_name, p.table_name FROM information_schema.referential_constraints r "
                        + "JOIN information_schema.table_constraints c ON c.constraint_name = r.constraint_name "
                        + "AND c.constraint_schema = r.constraint_schema "
                        + "JOIN information_schema.table_constraints p ON p.constraint_name = r.unique_constraint_name "
                        + "AND p.constraint_schema = r.unique_constraint_schema WHERE r.constraint_schema = CURRENT_SCHEMA")
                .query((rs, n) -> parents.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(rs.getString(2).toLowerCase(Locale.ROOT))).list();
        List<String> out = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(all);
        while (!left.isEmpty()) {
            // a table goes when no table still to empty refers to it
            String next = left.stream().filter(t -> left.stream().noneMatch(c -> !c.equals(t)
                    && parents.getOrDefault(c, Set.of()).contains(t))).findFirst().orElse(left.iterator().next());
            out.add(next);
            left.remove(next);
        }
        order = List.copyOf(out);
        return order;
    }
}
