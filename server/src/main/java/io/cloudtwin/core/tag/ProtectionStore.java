package io.cloudtwin.core.tag;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;

/** The resources protected from deletion (resource_protection): a row while the protection is on. */
@Component
public record ProtectionStore(JdbcClient jdbc) {
    /** Protects a stored resource of a kind, in its own scope (its row's cloud, account and region). */
    public void put(ResourceType kind, String id) {
        jdbc.sql("INSERT INTO resource_protection (cloud, account_id, region, resource_type, resource_id) "
                        + "SELECT t.cloud, t.account_id, t.region, :type, t.id FROM " + kind.table() + " t "
                        + "WHERE t.id = :id")
                .param("type", kind.stored()).param("id", id).update();
    }

    /** As above, from the state document (again: kept as it is). */
    public void put(String cloud, String account, String region, String type, String id) {
        remove(id);
        jdbc.sql("INSERT INTO resource_protection (cloud, account_id, region, resource_type, resource_id) "
                        + "VALUES (:cloud, :account, :region, :type, :id)")
                .param("cloud", cloud).param("account", account).param("region", region).param("type", type)
                .param("id", id).update();
    }

    public void remove(String id) {
        jdbc.sql("DELETE FROM resource_protection WHERE resource_id = :id").param("id", id).update();
    }

    /** Those of these resources that are protected. */
    public Set<String> of(Collection<String> ids) {
        if (ids.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("SELECT resource_id FROM resource_protection WHERE resource_id IN (:ids)")
                .param("ids", ids).query(String.class).list());
    }

    /** Every protected resource (state export). */
    public List<ProtectionSection.Document> all() {
        return jdbc.sql("SELECT cloud, account_id, region, resource_type, resource_id FROM resource_protection "
                        + "ORDER BY resource_id")
                .query((rs, n) -> new ProtectionSection.Document(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }
}
