package io.cloudtwin.core.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.store.RowLocks;

@Component
public class SecurityGroupStore {
    private static final String COLUMNS =
            "id, cloud, account_id, region, project_id, name, description, vpc_id, group_type, created_at, tag";

    private final JdbcClient jdbc;
    private final RowLocks locks;

    public SecurityGroupStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public void insert(SecurityGroup g) {
        jdbc.sql("INSERT INTO security_group (" + COLUMNS + ") VALUES (:id, :cloud, :accountId, :region, :projectId, "
                        + ":name, :description, :vpcId, :groupType, :createdAt, :tag)")
                .param("id", g.id()).param("cloud", g.cloud().key()).param("accountId", g.accountId())
                .param("region", g.region()).param("projectId", g.projectId()).param("name", g.name())
                .param("description", g.description()).param("vpcId", g.vpcId()).param("groupType", g.groupType())
                .param("createdAt", g.createdAt()).param("tag", g.tag()).update();
    }

    public Optional<SecurityGroup> find(Scope scope, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_group WHERE id = :id AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).param("id", id)
                .query(SecurityGroupStore::map).optional();
    }

    /** Locks the group's row: creating or deleting bindings of one group against deleting it are serialized. */
    public Optional<SecurityGroup> lock(Scope scope, String id) {
        return jdbc.sql(locks.select(COLUMNS, "security_group", "name", "id = :id AND " + ScopeFilter.clause("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id)
                .query(SecurityGroupStore::map).optional();
    }

    public List<SecurityGroup> findAll(Scope scope, Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_group WHERE id IN (:ids) AND "
                        + ScopeFilter.clause("", scope) + " ORDER BY id")
                .params(ScopeFilter.params(scope)).param("ids", ids)
                .query(SecurityGroupStore::map).list();
    }

    public Page<SecurityGroup> list(Scope scope, SecurityGroupFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.in(where, params, "id", "ids", f.ids());
        ScopeFilter.equal(where, params, "name", "name", f.name());
        ScopeFilter.equal(where, params, "vpc_id", "vpcId", f.vpcId());
        ScopeFilter.equal(where, params, "group_type", "groupType", f.groupType());
        long total = jdbc.sql("SELECT COUNT(*) FROM security_group WHERE " + where).params(params)
                .query(Long.class).single();
        List<SecurityGroup> items = jdbc.sql("SELECT " + COLUMNS + " FROM security_group WHERE " + where
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query(SecurityGroupStore::map).list();
        return new Page<>(items, total);
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
        List<SecurityGroup> rows = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) lock(scope, id).ifPresent(rows::add);
        return rows;
    }

    /** Every group of every cloud and account, in creation order (state export). */
    public List<SecurityGroup> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_group ORDER BY created_at, id")
                .query(SecurityGroupStore::map).list();
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM security_group WHERE id = :id").param("id", id)
                .query(Integer.class).single() > 0;
    }

    public int delete(String id) {
        return jdbc.sql("DELETE FROM security_group WHERE id = :id").param("id", id).update();
    }

    static SecurityGroup map(ResultSet rs, int row) throws SQLException {
        return new SecurityGroup(rs.getString("id"), Cloud.valueOf(rs.getString("cloud").toUpperCase(Locale.ROOT)),
                rs.getString("account_id"), rs.getString("region"), rs.getString("project_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("vpc_id"), rs.getString("group_type"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("tag"));
    }
}
