package io.cloudtwin.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.cloudtwin.core.Membership;

/** Bindings of instances to security groups. */
@Repository
public class MembershipStore {
    private final JdbcClient jdbc;

    public MembershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String instanceId, String groupId, int priority, OffsetDateTime now) {
        jdbc.sql("INSERT INTO membership (instance_id, group_id, priority, created_at) VALUES (:i, :g, :p, :t)")
                .param("i", instanceId).param("g", groupId).param("p", priority).param("t", now).update();
    }

    public boolean exists(String instanceId, String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE instance_id = :i AND group_id = :g")
                .param("i", instanceId).param("g", groupId).query(Integer.class).single() > 0;
    }

    public int countForInstance(String instanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE instance_id = :i")
                .param("i", instanceId).query(Integer.class).single();
    }

    public boolean groupHasMembers(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership WHERE group_id = :g")
                .param("g", groupId).query(Integer.class).single() > 0;
    }

    /**
     * Removes the binding only if the instance keeps another group: the rule "at least one group" is part of the
     * statement itself. Returns the number of rows removed (0 or 1).
     */
    public int removeKeepingOne(String instanceId, String groupId) {
        return jdbc.sql("DELETE FROM membership WHERE instance_id = :i AND group_id = :g AND EXISTS ("
                        + "SELECT 1 FROM membership o WHERE o.instance_id = :i AND o.group_id <> :g)")
                .param("i", instanceId).param("g", groupId).update();
    }

    /** Bindings of the given instances, each list in binding order. */
    public Map<String, List<Membership>> forInstances(Collection<String> instanceIds) {
        Map<String, List<Membership>> out = new LinkedHashMap<>();
        if (instanceIds.isEmpty()) return out;
        jdbc.sql("SELECT instance_id, group_id, priority FROM membership WHERE instance_id IN (:ids) "
                        + "ORDER BY instance_id, created_at, group_id")
                .param("ids", instanceIds)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list()
                .forEach(m -> out.computeIfAbsent(m.instanceId(), k -> new java.util.ArrayList<>()).add(m));
        return out;
    }
}
