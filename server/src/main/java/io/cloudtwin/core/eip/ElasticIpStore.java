package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.UniqueWrites;
import io.cloudtwin.store.RowLocks;

/** Elastic IPs; the rules that use them are ElasticIpService's. */
@Component
public class ElasticIpStore extends ScopedStore<ElasticIp> {
    /** An insert that may meet a taken address runs in a savepoint: PostgreSQL aborts a transaction on the failure. */
    private final UniqueWrites writes;

    public ElasticIpStore(JdbcClient jdbc, RowLocks locks, UniqueWrites writes) {
        super(jdbc, locks, "elastic_ip", ElasticIp.class, DomainError.EIP_NOT_FOUND);
        this.writes = writes;
    }

    /** Inserts the EIP unless another has its address (false; the caller's transaction goes on). */
    public boolean insertIfAddressFree(ElasticIp e) {
        return writes.inSavepoint(() -> table.insert(e));
    }

    /** Inserts all the EIPs, or none when another has the address of one of them (false). */
    public boolean insertAllIfAddressesFree(List<ElasticIp> all) {
        return writes.inSavepoint(() -> all.forEach(table::insert));
    }

    /** The segment's EIPs, each locked. */
    public List<ElasticIp> lockedOfSegment(Scope scope, String segmentId) {
        return table.lockAll(scope, table.select("segment_id = :s", Map.of("s", segmentId)).stream()
                .map(ElasticIp::id).toList());
    }

    public Page<ElasticIp> list(Scope scope, EipFilter f, int offset, int limit) {
        var where = new ScopedTable.Where().in("id", f.ids()).equal("address", f.address())
                .equal("target_kind", f.targetKind()).equal("target_id", f.targetId()).equal("name", f.name())
                .equal("address_pool_id", f.addressPoolId())
                .equal("segment_id", f.segmentId())
                .empty("target_id", f.status() == null ? null : f.status().equals(EipFilter.FREE));
        return table.list(scope, where, offset, limit);
    }

    /** Binds a free EIP (its row locked); false when it is bound already. */
    public boolean bind(String id, String kind, String targetId, boolean exclusive, String privateIp, OffsetDateTime at,
                        String mode) {
        return jdbc.sql("UPDATE elastic_ip SET target_kind = :k, target_id = :t, exclusive_target = :x, private_ip = :p, "
                        + "bound_at = :at, mode = :mode WHERE id = :id AND target_id = ''")
                .param("k", kind).param("t", targetId).param("x", exclusive ? targetId : null).param("p", privateIp)
                .param("at", at).param("mode", mode).param("id", id).update() == 1;
    }

    /** The EIPs bound to a target follow it to its new private address. */
    public void retarget(String targetId, String privateIp) {
        jdbc.sql("UPDATE elastic_ip SET private_ip = :ip WHERE target_id = :t").param("ip", privateIp)
                .param("t", targetId).update();
    }

    public void unbind(String id) {
        jdbc.sql("UPDATE elastic_ip SET target_kind = '', target_id = '', exclusive_target = NULL, private_ip = '', "
                + "bound_at = NULL, mode = 'NAT' WHERE id = :id").param("id", id).update();
    }

    /** Frees every EIP bound to a target that goes (its deletion's transaction). */
    public int unbindTarget(String targetId) {
        return jdbc.sql("UPDATE elastic_ip SET target_kind = '', target_id = '', exclusive_target = NULL, private_ip = '', "
                + "bound_at = NULL, mode = 'NAT' WHERE target_id = :t").param("t", targetId).update();
    }

    /** The addresses of the EIPs that took theirs from these public IP address pools, by pool. */
    public Map<String, List<String>> addressesOfPools(Collection<String> poolIds) {
        Map<String, List<String>> out = new HashMap<>();
        if (poolIds.isEmpty()) return out;
        jdbc.sql("SELECT address_pool_id, address FROM elastic_ip WHERE address_pool_id IN (:p)").param("p", poolIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return out;
    }

    /** The EIPs of these ids (any scope). */
    public List<ElasticIp> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : table.select("id IN (:ids)", Map.of("ids", ids));
    }

    /** The EIPs bound to a target. */
    public List<ElasticIp> ofTarget(String targetId) {
        return ofTargets(List.of(targetId));
    }

    /** The EIPs bound to any of these targets. */
    public List<ElasticIp> ofTargets(Collection<String> targetIds) {
        return jdbc.sql("SELECT * FROM elastic_ip WHERE target_id IN (:t) ORDER BY bound_at, id").param("t", targetIds)
                .query((rs, n) -> table.map(rs)).list();
    }
}
