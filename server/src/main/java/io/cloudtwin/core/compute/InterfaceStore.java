package io.cloudtwin.core.compute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.store.RowLocks;

/** Secondary network interfaces and their security groups. */
@Component
public record InterfaceStore(JdbcClient jdbc, RowLocks locks) {
    private static final String COLUMNS = "id, cloud, account_id, region, vpc_id, subnet_id, zone, private_ip, name, "
            + "description, instance_id, created_at, project_id";

    public void insert(NetworkInterface r) {
        jdbc.sql("INSERT INTO network_interface (" + COLUMNS + ") VALUES (:id, :cloud, :account, :region, :vpc, "
                        + ":subnet, :zone, :ip, :name, :description, NULL, :t, :project)")
                .param("id", r.id()).param("cloud", r.cloud()).param("account", r.accountId())
                .param("region", r.region()).param("vpc", r.vpcId()).param("subnet", r.subnetId())
                .param("zone", r.zone()).param("ip", r.privateIp()).param("name", r.name())
                .param("description", r.description()).param("t", r.createdAt()).param("project", r.projectId())
                .update();
    }

    public Optional<NetworkInterface> find(Scope scope, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_interface WHERE id = :id AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).param("id", id).query(InterfaceStore::map).optional();
    }

    public Optional<NetworkInterface> lock(Scope scope, String id) {
        return jdbc.sql(locks.select(COLUMNS, "network_interface", "name", "id = :id AND "
                        + ScopeFilter.clause("", scope))).params(ScopeFilter.params(scope)).param("id", id)
                .query(InterfaceStore::map).optional();
    }

    /** Every interface of the scope, in creation order (the describe action filters and pages them). */
    public List<NetworkInterface> list(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_interface WHERE " + ScopeFilter.clause("", scope)
                        + " ORDER BY created_at, id").params(ScopeFilter.params(scope)).query(InterfaceStore::map)
                .list();
    }

    /** These interfaces, in id order. */
    public List<NetworkInterface> byIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_interface WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(InterfaceStore::map).list();
    }

    public List<NetworkInterface> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_interface ORDER BY created_at, id")
                .query(InterfaceStore::map).list();
    }

    public void update(String id, String name, String description) {
        jdbc.sql("UPDATE network_interface SET name = COALESCE(:n, name), description = COALESCE(:d, description) "
                        + "WHERE id = :id")
                .param("n", name, Types.VARCHAR).param("d", description, Types.VARCHAR)
                .param("id", id).update();
    }

    public void attach(String id, String instanceId) {
        jdbc.sql("UPDATE network_interface SET instance_id = :i WHERE id = :id").param("i", instanceId, Types.VARCHAR)
                .param("id", id).update();
    }

    public int delete(String id) {
        return jdbc.sql("DELETE FROM network_interface WHERE id = :id").param("id", id).update();
    }

    /** The interfaces attached to any of these instances, in creation order. */
    public List<NetworkInterface> attachedToAny(Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + COLUMNS + " FROM network_interface WHERE instance_id IN (:i) ORDER BY created_at, id")
                .param("i", instanceIds).query(InterfaceStore::map).list();
    }

    public int attachedTo(String instanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM network_interface WHERE instance_id = :i").param("i", instanceId)
                .query(Integer.class).single();
    }

    public void replaceGroups(String id, Collection<String> groupIds) {
        jdbc.sql("DELETE FROM interface_group WHERE interface_id = :id AND group_id NOT IN (:g)")
                .param("id", id).param("g", groupIds).update();
        for (String g : groupIds) {
            jdbc.sql("INSERT INTO interface_group (interface_id, group_id) SELECT :id, :g WHERE NOT EXISTS "
                            + "(SELECT 1 FROM interface_group WHERE interface_id = :id AND group_id = :g)")
                    .param("id", id).param("g", g).update();
        }
    }

    /** Binds an interface that has no group yet to these groups with their priorities, in this order. */
    public void bindGroups(String id, List<InstanceService.GroupRef> groups) {
        for (InstanceService.GroupRef g : groups) {
            Rows.insert(jdbc, "interface_group", "interface_id", id, "group_id", g.groupId(), "priority", g.priority());
        }
    }

    /**
     * The groups of each of these interfaces with their priorities (0 where none was given: an ENI's), in binding
     * order.
     */
    public Map<String, List<InstanceService.GroupRef>> prioritiesOf(Collection<String> ids) {
        Map<String, List<InstanceService.GroupRef>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT interface_id, group_id, priority FROM interface_group WHERE interface_id IN (:ids) "
                        + "ORDER BY interface_id, seq").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1),
                        new InstanceService.GroupRef(rs.getString(2), rs.getInt(3))))
                .list().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Removes one group of an interface unless it is its last; 1 when removed. */
    public int removeKeepingOne(String id, String groupId) {
        return jdbc.sql("DELETE FROM interface_group WHERE interface_id = :id AND group_id = :g AND "
                        + "(SELECT COUNT(*) FROM interface_group o WHERE o.interface_id = :id) > 1")
                .param("id", id).param("g", groupId).update();
    }

    public Map<String, List<String>> groupsOf(Collection<String> ids) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT interface_id, group_id FROM interface_group WHERE interface_id IN (:ids) ORDER BY interface_id, seq")
                .param("ids", ids).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(p -> out.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        return out;
    }

    public boolean groupInUse(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM interface_group WHERE group_id = :g").param("g", groupId)
                .query(Integer.class).single() > 0;
    }

    private static NetworkInterface map(ResultSet rs, int n) throws SQLException {
        return new NetworkInterface(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getString(13));
    }
}
