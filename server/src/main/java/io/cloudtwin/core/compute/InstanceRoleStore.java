package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The instance RAM role of each instance that has one (instance_ram_role). */
@Component
public record InstanceRoleStore(JdbcClient jdbc) {
    public void put(String instanceId, String role) {
        remove(instanceId);
        jdbc.sql("INSERT INTO instance_ram_role (instance_id, role_name) VALUES (:id, :role)").param("id", instanceId)
                .param("role", role).update();
    }

    public void remove(String instanceId) {
        jdbc.sql("DELETE FROM instance_ram_role WHERE instance_id = :id").param("id", instanceId).update();
    }

    /** The role of each of these instances that has one. */
    public Map<String, String> of(Collection<String> instanceIds) {
        Map<String, String> out = new LinkedHashMap<>();
        if (instanceIds.isEmpty()) return out;
        jdbc.sql("SELECT instance_id, role_name FROM instance_ram_role WHERE instance_id IN (:ids)")
                .param("ids", instanceIds).query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** The instances that have this role. */
    public List<String> withRole(String role) {
        return jdbc.sql("SELECT instance_id FROM instance_ram_role WHERE role_name = :role ORDER BY instance_id")
                .param("role", role).query(String.class).list();
    }

    /** Every instance's role (state export). */
    public List<InstanceRoleSection.Document> all() {
        return jdbc.sql("SELECT instance_id, role_name FROM instance_ram_role ORDER BY instance_id")
                .query((rs, n) -> new InstanceRoleSection.Document(rs.getString(1), rs.getString(2))).list();
    }
}
