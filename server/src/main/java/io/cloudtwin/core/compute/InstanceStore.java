package io.cloudtwin.core.compute;

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
public record InstanceStore(JdbcClient jdbc, RowLocks locks, ListingStore listing) {
    private static final String COLUMNS = "id, cloud, account_id, region, project_id, zone, name, description, image_id, "
            + "instance_type, vpc_id, cpu, memory_mb, status, lock_reason, created_at, tag, subnet_id, private_ip";
    /** COLUMNS of the alias i, in the same order (listings). */
    private static final String COLUMNS_I = prefixed("i");

    /** Inserts the instance and counts it in its scope's listing (ListingStore), in the caller's transaction. */
    public void insert(Instance i, InstanceStatus nextStatus, OffsetDateTime settlesAt) {
        Scope scope = new Scope(i.cloud(), i.accountId(), i.region(), i.projectId());
        listing.adding(scope);
        jdbc.sql("INSERT INTO instance (" + COLUMNS + ", next_status, settles_at) VALUES (:id, :cloud, :accountId, "
                        + ":region, :projectId, :zone, :name, :description, :imageId, :instanceType, :vpcId, :cpu, "
                        + ":memoryMb, :status, :lockReason, :createdAt, :tag, :subnetId, :privateIp, :nextStatus, :settlesAt)")
                .param("id", i.id()).param("cloud", i.cloud().key()).param("accountId", i.accountId())
                .param("region", i.region()).param("projectId", i.projectId()).param("zone", i.zone())
                .param("name", i.name()).param("description", i.description()).param("imageId", i.imageId())
                .param("instanceType", i.instanceType()).param("vpcId", i.vpcId()).param("cpu", i.cpu())
                .param("memoryMb", i.memoryMb()).param("status", i.status().name()).param("lockReason", i.lockReason())
                .param("createdAt", i.createdAt()).param("tag", i.tag())
                .param("subnetId", i.subnetId()).param("privateIp", i.privateIp())
                .param("nextStatus", nextStatus == null ? null : nextStatus.name(), Types.VARCHAR)
                .param("settlesAt", settlesAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
        listing.added(listingKey(i.id()).orElseThrow());
    }

    /** The instance's scope and listing key as stored (the database's precision, not Java's). */
    private Optional<ListingStore.Key> listingKey(String id) {
        return jdbc.sql("SELECT cloud, account_id, region, project_id, created_at FROM instance WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ListingStore.Key(new Scope(Cloud.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                        rs.getString(2), rs.getString(3), rs.getString(4)), rs.getObject(5, OffsetDateTime.class), id))
                .optional();
    }

    /** Reads the instance and locks its row until the transaction ends: every change to one instance is serialized. */
    public Optional<Instance> lock(Scope scope, String id) {
        return jdbc.sql(locks.select(COLUMNS, "instance", "status", "id = :id AND " + ScopeFilter.clause("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id)
                .query(InstanceStore::map).optional();
    }

    public Optional<Instance> find(Scope scope, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM instance WHERE id = :id AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).param("id", id)
                .query(InstanceStore::map).optional();
    }

    /** Locks the rows of the given instances of the scope, one by one in id order so that lockers cannot deadlock. */
    public List<Instance> lockAll(Scope scope, Collection<String> ids) {
        List<Instance> rows = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) lock(scope, id).ifPresent(rows::add);
        return rows;
    }

    /** Every instance of every cloud and account, in creation order (state export). */
    public List<Instance> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM instance ORDER BY created_at, id").query(InstanceStore::map).list();
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM instance WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    /** The instances with the given ids, any scope (for views that join bindings to their instances). */
    public List<Instance> byIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + COLUMNS + " FROM instance WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(InstanceStore::map).list();
    }

    public Page<Instance> list(Scope scope, InstanceFilter f, int offset, int limit) {
        return list(scope, f, offset, limit, null);
    }

    /** How many instances of a business group (tag) a zone of the scope holds. */
    public record TagCount(String tag, String zone, long count) {}

    /** The scope's instances counted by tag and zone (of that zone; null or empty: any), by tag, then zone. */
    public List<TagCount> tagCounts(Scope scope, String zone) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("i", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.equal(where, params, "i.zone", "zone", zone);
        return jdbc.sql("SELECT i.tag, i.zone, COUNT(*) AS n FROM instance i WHERE " + where
                        + " GROUP BY i.tag, i.zone ORDER BY i.tag, i.zone").params(params)
                .query((rs, n) -> new TagCount(rs.getString("tag"), rs.getString("zone"), rs.getLong("n"))).list();
    }

    /**
     * One page of the scope's matching instances in listing order (created_at, id), from offset or, with after, from
     * just after that instance (a seek: instances created or deleted meanwhile do not shift it). total counts every
     * match.
     */
    public Page<Instance> list(Scope scope, InstanceFilter f, int offset, int limit, InstanceCursor after) {
        boolean byIds = f.ids() != null && !f.ids().isEmpty();
        // by ids, the primary key finds the rows and the scope only checks them: written so that no index serves it,
        // else H2's planner prefers the listing index (its four equality columns) and walks the whole scope
        StringBuilder where = new StringBuilder(byIds ? ScopeFilter.checkOnly("i", scope) : ScopeFilter.clause("i", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.in(where, params, "i.id", "ids", f.ids());
        if (f.status() != null) {
            where.append(" AND i.status = :status");
            params.put("status", f.status().name());
        }
        ScopeFilter.equal(where, params, "i.name", "name", f.name());
        ScopeFilter.equal(where, params, "i.tag", "tag", f.tag());
        ScopeFilter.equal(where, params, "i.zone", "zone", f.zone());
        ScopeFilter.equal(where, params, "i.vpc_id", "vpcId", f.vpcId());
        ScopeFilter.equal(where, params, "i.subnet_id", "subnetId", f.subnetId());
        ScopeFilter.equal(where, params, "i.image_id", "imageId", f.imageId());
        ScopeFilter.equal(where, params, "i.instance_type", "instanceType", f.instanceType());
        ScopeFilter.in(where, params, "i.private_ip", "privateIps", f.privateIps());
        if (f.publicIps() != null && !f.publicIps().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM instance_detail d WHERE d.instance_id = i.id "
                    + "AND d.public_ip IN (:publicIps))");
            params.put("publicIps", f.publicIps());
        }
        if (f.eipAddresses() != null && !f.eipAddresses().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM elastic_ip e WHERE e.target_id = i.id "
                    + "AND e.address IN (:eipAddresses))");
            params.put("eipAddresses", f.eipAddresses());
        }
        if (f.groupId() != null && !f.groupId().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM membership m WHERE m.instance_id = i.id AND m.group_id = :groupId)");
            params.put("groupId", f.groupId());
        }
        if (byIds) {
            // the named instances, found by primary key, are few: read them all once, then count and page them here
            // (a separate COUNT(*) was sometimes planned on the listing index and walked the whole scope)
            List<Instance> all = jdbc.sql("SELECT " + COLUMNS_I + " FROM instance i WHERE " + where
                            + " ORDER BY i.created_at, i.id")
                    .params(params).query(InstanceStore::map).list();
            int from = after == null ? 0 : all.size();
            for (int k = 0; after != null && k < all.size(); k++) { // in the database's order (its collation of ids)
                Instance i = all.get(k);
                if (i.id().equals(after.id()) || i.createdAt().isAfter(after.createdAt())) {
                    from = i.id().equals(after.id()) ? k + 1 : k;
                    break;
                }
            }
            return new Page<>(all.stream().skip(from + (long) offset).limit(limit).toList(), all.size());
        }
        // a whole region of one scope: the count is one row and a page seeks to its run (ListingStore); otherwise, or
        // before the scope's listing row is built, count and skip
        Optional<Long> counted = scope.region() != null && f.isNone() ? listing.total(scope) : Optional.empty();
        long total = counted.isPresent() ? counted.get()
                : jdbc.sql("SELECT COUNT(*) FROM instance i WHERE " + where).params(params).query(Long.class).single();
        long skip = offset;
        if (after == null && counted.isPresent()) {
            if (offset >= total) return new Page<>(List.of(), total);
            ListingStore.Seek seek = listing.seek(scope, offset);
            where.append(ListingStore.fromSeek(seek, "i", params));
            skip = seek.skip();
        }
        if (after != null) {
            where.append(" AND i.created_at >= :afterAt AND (i.created_at > :afterAt OR (i.created_at = :afterAt AND i.id > :afterId))");
            params.put("afterAt", after.createdAt());
            params.put("afterId", after.id());
        }
        // in one region, the scope's columns lead the ORDER BY (constant there, so the order is the same): H2 then
        // reads the page in the order of the listing index (V30) instead of sorting the whole scope
        String order = scope.region() != null
                ? "i.cloud, i.account_id, i.region, i.project_id, i.created_at, i.id" : "i.created_at, i.id";
        List<Instance> items = jdbc.sql("SELECT " + COLUMNS_I + " FROM instance i WHERE " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", skip)
                .query(InstanceStore::map).list();
        return new Page<>(items, total);
    }

    public void setStatus(String id, InstanceStatus status, InstanceStatus next, OffsetDateTime settlesAt) {
        jdbc.sql("UPDATE instance SET status = :status, next_status = :next, settles_at = :settlesAt WHERE id = :id")
                .param("status", status.name())
                .param("next", next == null ? null : next.name(), Types.VARCHAR)
                .param("settlesAt", settlesAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", id).update();
    }

    /** Completes every transition that is due: one statement, whatever the number of instances. */
    /** True if the instance is locked by the admin API. */
    public boolean isLocked(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM instance WHERE id = :id AND lock_reason IS NOT NULL").param("id", id)
                .query(Long.class).single() > 0;
    }

    /** True if some instance has a status change under way (settles_at set), e.g. left by a previous process. */
    public boolean anyPending() {
        return jdbc.sql("SELECT COUNT(*) FROM instance WHERE settles_at IS NOT NULL").query(Long.class).single() > 0;
    }

    public int settleDue(OffsetDateTime now) {
        return jdbc.sql("UPDATE instance SET status = next_status, next_status = NULL, settles_at = NULL "
                        + "WHERE settles_at IS NOT NULL AND settles_at <= :now")
                .param("now", now).update();
    }

    /** Deletes the instance and uncounts it from its scope's listing; returns the number of rows deleted (0 or 1). */
    public int delete(String id) {
        var key = listingKey(id);
        if (key.isEmpty()) return 0;
        listing.removing(key.get().scope()); // before the DELETE: a scope built now still counts the instance
        int deleted = jdbc.sql("DELETE FROM instance WHERE id = :id").param("id", id).update();
        if (deleted == 1) listing.removed(key.get());
        else listing.adding(key.get().scope()); // gone meanwhile (callers hold its lock, so it should not be): count it back
        return deleted;
    }

    /** Name, description and tag of one instance (null keeps the current value). */
    public void updateAttributes(String id, String name, String description, String tag) {
        jdbc.sql("UPDATE instance SET name = COALESCE(:name, name), description = COALESCE(:description, description), "
                        + "tag = COALESCE(:tag, tag) WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("description", description, Types.VARCHAR)
                .param("tag", tag, Types.VARCHAR).param("id", id).update();
    }

    public void setImage(String id, String imageId) {
        jdbc.sql("UPDATE instance SET image_id = :image WHERE id = :id").param("image", imageId).param("id", id).update();
    }

    /** The instance's new place: its VPC, subnet and address there. */
    public void moveTo(String id, String vpcId, String subnetId, String privateIp) {
        jdbc.sql("UPDATE instance SET vpc_id = :vpc, subnet_id = :subnet, private_ip = :ip WHERE id = :id")
                .param("vpc", vpcId).param("subnet", subnetId).param("ip", privateIp).param("id", id).update();
    }

    /** A new shape; a null type keeps the one the instance has. */
    public void resize(String id, String instanceType, int cpu, int memoryMb) {
        jdbc.sql("UPDATE instance SET instance_type = COALESCE(:type, instance_type), cpu = :cpu, memory_mb = :memoryMb "
                        + "WHERE id = :id")
                .param("type", instanceType, Types.VARCHAR).param("cpu", cpu).param("memoryMb", memoryMb)
                .param("id", id).update();
    }

    /** Admin: lock or unlock an instance of any account. Returns false if there is no such instance. */
    public boolean setLockReason(String id, String reason) {
        return jdbc.sql("UPDATE instance SET lock_reason = :reason WHERE id = :id")
                .param("reason", reason, Types.VARCHAR).param("id", id).update() == 1;
    }

    public static String prefixed(String alias) {
        List<String> cols = new ArrayList<>();
        for (String c : COLUMNS.split(", ")) cols.add(alias + "." + c);
        return String.join(", ", cols);
    }

    /** Maps a row whose first columns are COLUMNS (or prefixed(alias)), in that order: by position, not by name. */
    public static Instance map(ResultSet rs, int row) throws SQLException {
        return new Instance(rs.getString(1), Cloud.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13),
                InstanceStatus.valueOf(rs.getString(14)), rs.getString(15), rs.getObject(16, OffsetDateTime.class),
                rs.getString(17), rs.getString(18), rs.getString(19), List.of());
    }

    /** One page of the instances a firewall is applied to, in instance id order. */
    public Page<Instance> withFirewall(String firewallId, int offset, int limit) {
        long total = jdbc.sql("SELECT COUNT(*) FROM firewall_binding WHERE firewall_id = :f").param("f", firewallId)
                .query(Long.class).single();
        List<Instance> items = jdbc.sql("SELECT " + prefixed("i")
                        + " FROM instance i JOIN firewall_binding b ON b.instance_id = i.id WHERE b.firewall_id = :f ORDER BY i.id LIMIT :limit OFFSET :offset")
                .param("f", firewallId).param("limit", limit).param("offset", offset)
                .query(InstanceStore::map).list();
        return new Page<>(items, total);
    }
}
