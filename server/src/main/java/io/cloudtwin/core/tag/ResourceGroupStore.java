package io.cloudtwin.core.tag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;

/**
 * The resource group of each resource that is not in its account's default group (resource_group_member): a
 * resource without a row is in the default one.
 */
@Component
public record ResourceGroupStore(JdbcClient jdbc) {
    /** Puts a resource in a group, replacing the one it was in. */
    public void put(Scope scope, String type, String id, String group) {
        remove(id);
        jdbc.sql("INSERT INTO resource_group_member (cloud, account_id, region, resource_type, resource_id, group_id) "
                        + "VALUES (:cloud, :account, :region, :type, :id, :group)")
                .param("cloud", scope.cloud().key()).param("account", scope.accountId()).param("region", scope.region())
                .param("type", type).param("id", id).param("group", group).update();
    }

    /** Puts a stored resource of a kind in a group, in its own scope (its row's cloud, account and region). */
    public void put(ResourceType kind, String id, String group) {
        remove(id);
        jdbc.sql("INSERT INTO resource_group_member (cloud, account_id, region, resource_type, resource_id, group_id) "
                        + "SELECT t.cloud, t.account_id, t.region, :type, t.id, :group FROM " + kind.table()
                        + " t WHERE t.id = :id")
                .param("type", kind.stored()).param("id", id).param("group", group).update();
    }

    /** Back to the default group. */
    public void remove(String id) {
        jdbc.sql("DELETE FROM resource_group_member WHERE resource_id = :id").param("id", id).update();
    }

    /** The group of each of these resources that has one. */
    public Map<String, String> of(Collection<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT resource_id, group_id FROM resource_group_member WHERE resource_id IN (:ids)")
                .param("ids", ids).query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** Ids of the scope's resources of a kind in that group. */
    public List<String> members(Scope scope, ResourceType kind, String group) {
        var sql = new StringBuilder("SELECT resource_id FROM resource_group_member WHERE cloud = :cloud "
                + "AND account_id = :account AND resource_type = :type AND group_id = :group");
        var params = scoped(scope, sql, "region");
        params.put("type", kind.stored());
        params.put("group", group);
        return jdbc.sql(sql.toString()).params(params).query(String.class).list();
    }

    /** Ids of the scope's resources of a kind that are in no group but the default one. */
    public List<String> ungrouped(Scope scope, ResourceType kind) {
        var sql = new StringBuilder("SELECT t.id FROM " + kind.table() + " t WHERE t.cloud = :cloud "
                + "AND t.account_id = :account AND NOT EXISTS (SELECT 1 FROM resource_group_member m "
                + "WHERE m.resource_id = t.id)");
        var params = scoped(scope, sql, "t.region");
        return jdbc.sql(sql.toString()).params(params).query(String.class).list();
    }

    private static Map<String, Object> scoped(Scope scope, StringBuilder sql, String regionColumn) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cloud", scope.cloud().key());
        params.put("account", scope.accountId());
        if (scope.region() != null) {
            sql.append(" AND ").append(regionColumn).append(" = :region");
            params.put("region", scope.region());
        }
        return params;
    }

    /** Every membership (state export). */
    public List<ResourceGroupSection.Document> all() {
        return jdbc.sql("SELECT cloud, account_id, region, resource_type, resource_id, group_id "
                        + "FROM resource_group_member ORDER BY resource_id")
                .query((rs, n) -> new ResourceGroupSection.Document(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }
}
