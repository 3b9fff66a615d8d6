package io.cloudtwin.store.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the binding table one index per lookup and no more. H2 backs a foreign key with an index on exactly its
 * columns and, when V1 created the table, made two of its own beside the primary key and membership_group: five
 * structures to change for every binding added or removed (a 10,000-member unbind spent most of its time there).
 * Now: the primary key (instance_id, group_id), one index on group_id and one on instance_id, which the foreign keys,
 * re-created after them, use on H2. The statements are the same on H2 and PostgreSQL; only the names of the two
 * unnamed V1 constraints differ, so they are read from JDBC metadata: that is why this step is in Java, not SQL.
 * Flyway is given it by {@code StoreSchema.migrate}.
 */
public class V3__MembershipIndexes extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        DatabaseMetaData meta = c.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "MEMBERSHIP" : "membership";
        List<String> foreignKeys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                if (!foreignKeys.contains(name)) foreignKeys.add(name);
            }
        }
        try (Statement s = c.createStatement()) {
            for (String fk : foreignKeys) s.execute("ALTER TABLE membership DROP CONSTRAINT \"" + fk + "\"");
            s.execute("DROP INDEX membership_group");
            s.execute("CREATE INDEX membership_by_group ON membership (group_id)");
            s.execute("CREATE INDEX membership_by_instance ON membership (instance_id)");
            s.execute("ALTER TABLE membership ADD CONSTRAINT membership_instance_fk FOREIGN KEY (instance_id) "
                    + "REFERENCES instance (id) ON DELETE CASCADE");
            s.execute("ALTER TABLE membership ADD CONSTRAINT membership_group_fk FOREIGN KEY (group_id) "
                    + "REFERENCES security_group (id)");
        }
    }
}
