package io.cloudtwin.core.security;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Security groups; locking a group's row serializes creating or deleting its bindings against deleting it. */
@Component
public class SecurityGroupStore extends ScopedStore<SecurityGroup> {
    public SecurityGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "security_group", SecurityGroup.class, DomainError.SECURITY_GROUP_NOT_FOUND);
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
        table.describe(id, name, description);
    }
}
