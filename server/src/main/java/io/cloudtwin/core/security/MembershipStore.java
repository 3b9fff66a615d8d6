package io.cloudtwin.core.security;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;

/** Bindings of instances (and, for the set-based statements, of network interfaces) to security groups. */
@Component
public record MembershipStore(JdbcClient jdbc) {
    public void add(String instanceId, String groupId, int priority, OffsetDateTime now) {
        jdbc.sql("INSERT INTO membership (instance_id, group_id, priority, created_at) VALUES (:i, :g, :p, :t)")
                .param("i", instanceId).param("g", groupId).param("p", priority).param("t", now).update();
    }

    /**
     * What is bound to a group: an instance (membership) or a network interface (interface_group, whose rows keep no
     * time). The set-based statements below serve both.
     */
    public enum Members {
        INSTANCES, INTERFACES;

        private String table() {
            return this == INSTANCES ? "membership" : "interface_group";
        }

        private String column() {
            return this == INSTANCES ? "instance_id" : "interface_id";
        }

        /** An instance's bindings keep when they were made. */
        private boolean stamped() {
            return this == INSTANCES;
        }
    }

    public boolean exists(Members of, String memberId, String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + of.table() + " WHERE " + of.column() + " = :i AND group_id = :g")
                .param("i", memberId).param("g", groupId).query(Integer.class).single() > 0;
    }

    /** An instance's bindings: how many in all, and whether one is to the given group. */
    public record Bound(long total, boolean toGroup) {}

    /** One statement for both checks of a join: is the instance already in the group, and how many groups it has. */
    public Bound bound(String instanceId, String groupId) {
        return jdbc.sql("SELECT COUNT(*), COUNT(CASE WHEN group_id = :g THEN 1 END) FROM membership WHERE instance_id = :i")
                .param("i", instanceId).param("g", groupId)
                .query((rs, n) -> new Bound(rs.getLong(1), rs.getLong(2) > 0)).single();
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

    /**
     * Which side(s) of a set-based unbind were named, of one kind of member; empty means "every" on that side (both
     * empty: nothing).
     */
    public record Selection(Members of, Collection<String> groupIds, Collection<String> instanceIds) {
        boolean byGroups() {
            return !groupIds.isEmpty();
        }

        boolean byInstances() {
            return !instanceIds.isEmpty();
        }

        boolean isEmpty() {
            return !byGroups() && !byInstances();
        }

        /** The bindings to remove. */
        String removed(String alias) {
            String p = alias.isEmpty() ? "" : alias + ".";
            String members = p + of.column() + " IN (:instanceIds)";
            if (byGroups() && byInstances()) return p + "group_id IN (:groupIds) AND " + members;
            return byGroups() ? p + "group_id IN (:groupIds)" : members;
        }

        Map<String, Object> params() {
            Map<String, Object> m = new HashMap<>();
            if (byGroups()) m.put("groupIds", groupIds);
            if (byInstances()) m.put("instanceIds", instanceIds);
            return m;
        }
    }

    /** Every group of every member that the removal takes a binding from (those it removes included). */
    public List<String> groupsOfMembersIn(Selection s) {
        if (s.isEmpty()) return List.of();
        String t = s.of.table();
        String c = s.of.column();
        return jdbc.sql("SELECT DISTINCT o.group_id FROM " + t + " m JOIN " + t + " o ON o." + c + " = m." + c
                        + " WHERE " + s.removed("m"))
                .params(s.params()).query(String.class).list();
    }

    /** The first host losing a binding in s (of instances) that is locked or in an in-between power state; or null. */
    public String firstBlockedHost(Selection s) {
        return jdbc.sql("SELECT m.instance_id FROM membership m JOIN instance i ON i.id = m.instance_id WHERE "
                        + s.removed("m") + " AND (i.lock_reason IS NOT NULL OR i.status NOT IN ('RUNNING', 'STOPPED'))"
                        + " ORDER BY m.instance_id LIMIT 1")
                .params(s.params()).query(String.class).optional().orElse(null);
    }

    /**
     * The first member (by id) that the removal would leave with no group at all, or null: a member with a binding to
     * remove and none outside the removal. One statement, whatever the number of bindings (a primary-key lookup per
     * removed binding, not a GROUP BY over every binding of the members); run it under the locks described in
     * BindingService.disassociate.
     */
    public String firstOrphaned(Selection s) {
        if (s.isEmpty()) return null;
        String t = s.of.table();
        String c = s.of.column();
        return jdbc.sql("SELECT m." + c + " FROM " + t + " m WHERE " + s.removed("m")
                        + " AND NOT EXISTS (SELECT 1 FROM " + t + " o WHERE o." + c + " = m." + c + " AND NOT ("
                        + s.removed("o") + ")) ORDER BY m." + c + " LIMIT 1")
                .params(s.params()).query(String.class).optional().orElse(null);
    }

    /** Removes every selected binding in one statement. */
    public int removeAll(Selection s) {
        if (s.isEmpty()) return 0;
        return jdbc.sql("DELETE FROM " + s.of.table() + " WHERE " + s.removed("")).params(s.params()).update();
    }

    /**
     * Binds or, when already bound, changes the priority: one standard MERGE (H2 and PostgreSQL 15+). Callers hold the
     * locks of the member and the group, so no other transaction inserts the same pair meanwhile.
     */
    public void upsert(Members of, String memberId, String groupId, int priority, OffsetDateTime now) {
        String c = of.column();
        jdbc.sql("MERGE INTO " + of.table() + " m USING (VALUES (CAST(:i AS VARCHAR(64)), CAST(:g AS VARCHAR(64)))) "
                        + "v (i, g) ON m." + c + " = v.i AND m.group_id = v.g "
                        + "WHEN MATCHED THEN UPDATE SET priority = :p "
                        + "WHEN NOT MATCHED THEN INSERT (" + c + ", group_id, priority"
                        + (of.stamped() ? ", created_at" : "") + ") VALUES (v.i, v.g, :p"
                        + (of.stamped() ? ", :t" : "") + ")")
                .param("i", memberId).param("g", groupId).param("p", priority).param("t", now).update();
    }

    /** The first of the given members bound to more than limit groups, or null. */
    public String firstOverLimit(Members of, Collection<String> memberIds, int limit) {
        if (memberIds.isEmpty()) return null;
        String c = of.column();
        return jdbc.sql("SELECT " + c + " FROM " + of.table() + " WHERE " + c + " IN (:ids) GROUP BY " + c
                        + " HAVING COUNT(*) > :limit ORDER BY " + c + " LIMIT 1")
                .param("ids", memberIds).param("limit", limit).query(String.class).optional().orElse(null);
    }

    /** Bindings of one group, in member order, one page. */
    public List<Membership> forGroup(Members of, String groupId, int offset, int limit) {
        return jdbc.sql("SELECT " + of.column() + ", group_id, priority FROM " + of.table() + " WHERE group_id = :g "
                        + "ORDER BY " + of.column() + " LIMIT :limit OFFSET :offset")
                .param("g", groupId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    public long countForGroup(Members of, String groupId) {
        return Rows.count(jdbc, of.table(), "group_id", groupId);
    }

    /** Every binding, per instance in binding order (state export). */
    public Map<String, List<Membership>> all() {
        return Rows.grouped(jdbc.sql("SELECT instance_id, group_id, priority FROM membership ORDER BY instance_id, seq")
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list(), Membership::instanceId, m -> m);
    }

    /** Bindings of the given instances, each list in binding order. */
    public Map<String, List<Membership>> forInstances(Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) return new LinkedHashMap<>();
        return Rows.grouped(jdbc.sql("SELECT instance_id, group_id, priority FROM membership WHERE instance_id IN (:ids) "
                        + "ORDER BY instance_id, seq")
                .param("ids", instanceIds)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list(), Membership::instanceId, m -> m);
    }
}
