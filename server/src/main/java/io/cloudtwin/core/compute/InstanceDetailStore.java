package io.cloudtwin.core.compute;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Host names, user data and system disks of instances; attribute updates. */
@Component
public record InstanceDetailStore(JdbcClient jdbc) {
    public void insert(InstanceDetail d) {
        jdbc.sql("INSERT INTO instance_detail (instance_id, host_name, user_data, system_disk_id, system_disk_category, "
                        + "system_disk_size) VALUES (:id, :h, :u, :disk, :cat, :size)")
                .param("id", d.instanceId()).param("h", d.hostName()).param("u", d.userData())
                .param("disk", d.systemDiskId()).param("cat", d.systemDiskCategory()).param("size", d.systemDiskSize())
                .update();
    }

    public Map<String, InstanceDetail> of(Collection<String> ids) {
        Map<String, InstanceDetail> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT instance_id, host_name, user_data, system_disk_id, system_disk_category, system_disk_size "
                        + "FROM instance_detail WHERE instance_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new InstanceDetail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list().forEach(d -> out.put(d.instanceId(), d));
        return out;
    }

    /** Changes the host name and user data of an instance; null leaves a field as it is. */
    public void update(String id, String hostName, String userData) {
        jdbc.sql("UPDATE instance_detail SET host_name = COALESCE(:h, host_name), user_data = COALESCE(:u, user_data) "
                        + "WHERE instance_id = :id")
                .param("h", hostName, Types.VARCHAR).param("u", userData, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Renames or re-describes an instance (its own row); null leaves a field as it is. */
    public void rename(String id, String name, String description) {
        jdbc.sql("UPDATE instance SET name = COALESCE(:n, name), description = COALESCE(:d, description) WHERE id = :id")
                .param("n", name, Types.VARCHAR).param("d", description, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Replaces an instance's groups by the given ones (kept ones keep their binding order). */
    public void replaceGroups(String instanceId, Collection<String> groupIds, OffsetDateTime now) {
        jdbc.sql("DELETE FROM membership WHERE instance_id = :i AND group_id NOT IN (:g)")
                .param("i", instanceId).param("g", groupIds).update();
        for (String g : groupIds) {
            jdbc.sql("INSERT INTO membership (instance_id, group_id, priority, created_at) SELECT :i, :g, 1, :now "
                            + "WHERE NOT EXISTS (SELECT 1 FROM membership WHERE instance_id = :i AND group_id = :g)")
                    .param("i", instanceId).param("g", g).param("now", now).update();
        }
    }
}
