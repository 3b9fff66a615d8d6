package io.cloudtwin.core.tag;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Key/value tags on resources of either cloud (resource_tag), keyed by resource id and tag key. */
@Component
public record TagStore(JdbcClient jdbc, RowLocks locks) {
    /** The kinds that may be bought by subscription, each with a charge_type column. */
    private static final Set<ResourceType> SUBSCRIBABLE = Set.of(ResourceType.EIP, ResourceType.NAT_GATEWAY);

    /** Locks the scope's resource of that kind and id (its row in the kind's table) until the transaction ends. */
    public boolean lockResource(Scope scope, ResourceType kind, String id) {
        return ScopedTable.lockRow(jdbc, locks, kind.table(), kind.rows(), scope, id);
    }

    /**
     * The kind as stored that a state document's resourceType names for this resource: where kinds share a table (ECS's
     * and the VPC product's prefix lists), the one whose rows hold it. A document written before the VPC's had a kind
     * of their own names them prefix_list.
     */
    public String storedKind(String type, String id) {
        ResourceType kind = ResourceType.byStored(type);
        if (kind == null) return type;
        // most kinds have a table of their own: nothing to ask the store
        List<ResourceType> sharing = Arrays.stream(ResourceType.values())
                .filter(other -> other != kind && other.table().equals(kind.table())).toList();
        if (sharing.isEmpty() || holds(kind, id)) return type;
        for (ResourceType other : sharing) if (holds(other, id)) return other.stored();
        return type;
    }

    private boolean holds(ResourceType kind, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + " WHERE id = :id AND " + kind.rows()).param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** Whether the resource is a subscription (charge type PrePaid); a kind billed no other way is not. */
    public boolean subscribed(ResourceType kind, String id) {
        if (!SUBSCRIBABLE.contains(kind)) return false;
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + " WHERE id = :id AND charge_type = 'PrePaid'")
                .param("id", id).query(Integer.class).single() > 0;
    }

    /** Sets a tag, replacing the value of an existing key. */
    public void put(Scope scope, String type, String id, String key, String value) {
        Rows.delete(jdbc, "resource_tag", "resource_id", id, "tag_key", key);
        jdbc.sql("INSERT INTO resource_tag (cloud, account_id, region, resource_type, resource_id, tag_key, tag_value) "
                        + "VALUES (:cloud, :account, :region, :type, :id, :k, :v)")
                .param("cloud", scope.cloud().key()).param("account", scope.accountId()).param("region", scope.region())
                .param("type", type).param("id", id).param("k", key).param("v", value).update();
    }

    public int remove(String id, Collection<String> keys) {
        if (keys.isEmpty()) return 0;
        return jdbc.sql("DELETE FROM resource_tag WHERE resource_id = :id AND tag_key IN (:k)")
                .param("id", id).param("k", keys).update();
    }

    public int removeAll(String id) {
        return jdbc.sql("DELETE FROM resource_tag WHERE resource_id = :id").param("id", id).update();
    }

    /** A deleted resource's tags and labels (resource_label: its resource group, its deletion protection). */
    public void forget(String id) {
        removeAll(id);
        jdbc.sql("DELETE FROM resource_label WHERE resource_id = :id").param("id", id).update();
    }

    public int count(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM resource_tag WHERE resource_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Tags of each resource, in key order. */
    public Map<String, Map<String, String>> of(Collection<String> ids) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT resource_id, tag_key, tag_value FROM resource_tag WHERE resource_id IN (:ids) "
                        + "ORDER BY resource_id, tag_key")
                .param("ids", ids)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(t -> out.computeIfAbsent(t[0], k -> new LinkedHashMap<>()).put(t[1], t[2]));
        return out;
    }

    /**
     * Tags of one type of resource in the scope: of the given resources (any when empty), of resources carrying every
     * given tag (a null or empty value matches any value of the key), in resource then key order.
     */
    public List<Tag> list(Scope scope, String type, Collection<String> ids, Map<String, String> having) {
        StringBuilder sql = new StringBuilder("SELECT resource_type, resource_id, tag_key, tag_value FROM resource_tag t "
                + "WHERE cloud = :cloud AND account_id = :account AND region = :region AND resource_type = :type");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cloud", scope.cloud().key());
        params.put("account", scope.accountId());
        params.put("region", scope.region());
        params.put("type", type);
        if (!ids.isEmpty()) {
            sql.append(" AND resource_id IN (:ids)");
            params.put("ids", ids);
        }
        appendHaving(sql, params, having, "t.resource_id");
        sql.append(" ORDER BY resource_id, tag_key");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Tag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Ids of resources of a type in the scope that carry every given tag (null or empty value: any value). */
    public List<String> idsHaving(Scope scope, String type, Map<String, String> having) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT resource_id FROM resource_tag t "
                + "WHERE cloud = :cloud AND account_id = :account AND resource_type = :type");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cloud", scope.cloud().key());
        params.put("account", scope.accountId());
        params.put("type", type);
        if (scope.region() != null) {
            sql.append(" AND region = :region");
            params.put("region", scope.region());
        }
        appendHaving(sql, params, having, "t.resource_id");
        return jdbc.sql(sql.toString()).params(params).query(String.class).list();
    }

    private static void appendHaving(StringBuilder sql, Map<String, Object> params, Map<String, String> having,
                                     String idColumn) {
        int n = 0;
        for (var e : having.entrySet()) {
            sql.append(" AND EXISTS (SELECT 1 FROM resource_tag h").append(n).append(" WHERE h").append(n)
                    .append(".resource_id = ").append(idColumn).append(" AND h").append(n).append(".tag_key = :hk")
                    .append(n);
            params.put("hk" + n, e.getKey());
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                sql.append(" AND h").append(n).append(".tag_value = :hv").append(n);
                params.put("hv" + n, e.getValue());
            }
            sql.append(')');
            n++;
        }
    }

    /** Every tag (state export), with the scope it was put in. */
    public List<TagSection.Document> all() {
        return jdbc.sql("SELECT cloud, account_id, region, resource_type, resource_id, tag_key, tag_value FROM resource_tag "
                        + "ORDER BY resource_id, tag_key")
                .query((rs, n) -> new TagSection.Document(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }
}
