package io.cloudtwin.core.tag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;

/**
 * What a resource carries beside its tags (resource_label), one value per label: its resource group (GROUP), where
 * it is not its account's default one; its deletion protection (PROTECTED), while on; an instance's RAM role
 * (RAM_ROLE). A resource's labels go with it (TagStore.forget).
 */
@Component
public record LabelStore(JdbcClient jdbc) {
    public static final String GROUP = "resourceGroup";
    public static final String PROTECTED = "deletionProtection";
    public static final String RAM_ROLE = "ramRole";
    /** How an instance matches private pools (Aliyun's PrivatePoolOptions.MatchCriteria), where it was given. */
    public static final String PRIVATE_POOL = "privatePool";
    /** The private pool (capacity reservation) an instance that matches one by Target uses. */
    public static final String PRIVATE_POOL_ID = "privatePoolId";
    /** An instance's dedicated host (RunInstances' DedicatedHostId). */
    public static final String DEDICATED_HOST = "dedicatedHost";
    /** An instance stopped so that its compute stops being billed (Aliyun's StopCharging); value true. */
    public static final String STOP_CHARGING = "stopCharging";
    /** A network interface's traffic mode (Aliyun's NetworkInterfaceTrafficMode) other than the standard one. */
    public static final String TRAFFIC_MODE = "trafficMode";
    /** A network interface's (or an instance's primary one's) queues (Aliyun's QueueNumber), where given. */
    public static final String QUEUE_NUMBER = "queueNumber";
    /** A network interface's (or an instance's primary one's) queue pairs (Aliyun's QueuePairNumber), where given. */
    public static final String QUEUE_PAIR_NUMBER = "queuePairNumber";
    /** A network interface (or an instance's primary one) that checks source and destination; value true. */
    public static final String SOURCE_DEST_CHECK = "sourceDestCheck";
    /**
     * The network card an attached network interface (or an instance's primary one) is on (Aliyun's NetworkCardIndex),
     * where given; it goes when the interface is detached.
     */
    public static final String NETWORK_CARD_INDEX = "networkCardIndex";
    /** A network interface deleted with the instance it is attached to (Aliyun's DeleteOnRelease); value true. */
    public static final String DELETE_ON_RELEASE = "deleteOnRelease";
    /** The log project of an EIP whose high-definition monitoring is on (Aliyun's LogProject). */
    public static final String HD_LOG_PROJECT = "hdMonitorLogProject";
    /** The log store of an EIP whose high-definition monitoring is on (Aliyun's LogStore). */
    public static final String HD_LOG_STORE = "hdMonitorLogStore";

    /** The weight of an EIP among its resource's EIPs, 0 to 100 (UCloud's Weight), where set. */
    public static final String EIP_WEIGHT = "eipWeight";

    /** Labels a stored resource of a kind, in its own scope (its row's cloud, account and region). */
    public void put(ResourceType kind, String id, String label, String value) {
        remove(id, label);
        jdbc.sql("INSERT INTO resource_label (cloud, account_id, region, resource_type, resource_id, label, label_value) "
                        + "SELECT t.cloud, t.account_id, t.region, :type, t.id, :label, :value FROM " + kind.table()
                        + " t WHERE t.id = :id AND " + kind.rows())
                .param("type", kind.stored()).param("id", id).param("label", label).param("value", value).update();
    }

    /** A label from the state document, replacing the one the resource has. */
    public void put(LabelSection.Document d) {
        remove(d.resourceId(), d.label());
        jdbc.sql("INSERT INTO resource_label (cloud, account_id, region, resource_type, resource_id, label, label_value) "
                        + "VALUES (:cloud, :account, :region, :type, :id, :label, :value)")
                .param("cloud", d.cloud()).param("account", d.account()).param("region", d.region())
                .param("type", d.resourceType()).param("id", d.resourceId()).param("label", d.label())
                .param("value", d.value()).update();
    }

    public void remove(String id, String label) {
        Rows.delete(jdbc, "resource_label", "resource_id", id, "label", label);
    }

    /** The label's value on each of these resources that has it. */
    public Map<String, String> of(Collection<String> ids, String label) {
        Map<String, String> out = new LinkedHashMap<>();
        of(ids, List.of(label)).forEach((id, labels) -> out.put(id, labels.get(label)));
        return out;
    }

    /** These labels' values on each of these resources that has any, by resource and label, in one read. */
    public Map<String, Map<String, String>> of(Collection<String> ids, Collection<String> labels) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT resource_id, label, label_value FROM resource_label WHERE resource_id IN (:ids) "
                        + "AND label IN (:labels)")
                .param("ids", ids).param("labels", labels)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3))).list();
        return out;
    }

    /** Ids of the scope's resources of a kind whose label has that value, by id. */
    public List<String> having(Scope scope, ResourceType kind, String label, String value) {
        if (value == null) return List.of();
        return List.copyOf(having(scope, kind, label, List.of(value)).keySet());
    }

    /** The scope's resources of a kind whose label has one of these values: each id with its value, by id. */
    public Map<String, String> having(Scope scope, ResourceType kind, String label, Collection<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        if (values.isEmpty()) return out;
        var sql = new StringBuilder("SELECT resource_id, label_value FROM resource_label WHERE cloud = :cloud "
                + "AND account_id = :account AND resource_type = :type AND label = :label AND label_value IN (:values)");
        var params = scoped(scope, sql, "region");
        params.put("type", kind.stored());
        params.put("label", label);
        params.put("values", values);
        sql.append(" ORDER BY resource_id");
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** Ids of the scope's resources of a kind without that label. */
    public List<String> without(Scope scope, ResourceType kind, String label) {
        var sql = new StringBuilder("SELECT t.id FROM " + kind.table() + " t WHERE " + kind.rows()
                + " AND t.cloud = :cloud "
                + "AND t.account_id = :account AND NOT EXISTS (SELECT 1 FROM resource_label l "
                + "WHERE l.resource_id = t.id AND l.label = :label)");
        var params = scoped(scope, sql, "t.region");
        params.put("label", label);
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

    /** Every label (state export). */
    public List<LabelSection.Document> all() {
        return jdbc.sql("SELECT cloud, account_id, region, resource_type, resource_id, label, label_value "
                        + "FROM resource_label ORDER BY resource_id, label")
                .query((rs, n) -> new LabelSection.Document(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }
}
