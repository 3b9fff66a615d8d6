package io.cloudtwin.core.security;

import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

@Component
public class SecurityGroupStore {
    private final JdbcClient jdbc;
    private final ScopedTable<SecurityGroup> table;

    public SecurityGroupStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.table = new ScopedTable<>(jdbc, locks, "security_group", SecurityGroup.class);
    }

    public void insert(SecurityGroup g) {
        table.insert(g);
    }

    public Optional<SecurityGroup> find(Scope scope, String id) {
        return table.find(scope, id);
    }

    /** Locks the group's row: creating or deleting bindings of one group against deleting it are serialized. */
    public Optional<SecurityGroup> lock(Scope scope, String id) {
        return table.lock(scope, id);
    }

    public List<SecurityGroup> findAll(Scope scope, Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return table.list(scope, new ScopedTable.Where().in("id", ids), 0, ids.size()).items();
    }

    public Page<SecurityGroup> list(Scope scope, SecurityGroupFilter f, int offset, int limit) {
        return table.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("name", f.name())
                .equal("vpc_id", f.vpcId()).equal("group_type", f.groupType()), offset, limit);
    }

    public void setTag(String id, String tag) {
        jdbc.sql("UPDATE security_group SET tag = :tag WHERE id = :id").param("tag", tag).param("id", id).update();
    }

    public void update(String id, String name, String description) {
        jdbc.sql("UPDATE security_group SET name = COALESCE(:name, name), description = COALESCE(:description, description) "
                        + "WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("description", description, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Locks the rows of the given groups of the scope, one by one in id order (the order every locker uses). */
    public List<SecurityGroup> lockAll(Scope scope, Collection<String> ids) {
        return table.lockAll(scope, ids);
    }

    /** Every group of every cloud and account, in creation order (state export). */
    public List<SecurityGroup> all() {
        return table.all();
    }

    public boolean exists(String id) {
        return table.exists(id);
    }

    public int delete(String id) {
        return table.delete(id);
    }
}
