package io.cloudtwin.core.eip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Shared bandwidths and the EIPs in each (shared_bandwidth_eip); the rules are SharedBandwidthService's. */
@Component
public class SharedBandwidthStore extends ScopedStore<SharedBandwidth> {
    public SharedBandwidthStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "shared_bandwidth", SharedBandwidth.class, DomainError.SHARED_BANDWIDTH_NOT_FOUND);
    }

    /** The shared bandwidths of these ids (any scope). */
    public List<SharedBandwidth> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : table.select("id IN (:ids)", Map.of("ids", ids));
    }

    /** Adds an EIP (its row and the shared bandwidth's locked); the EIP's primary key keeps it in one at a time. */
    public void add(String sharedBandwidthId, String eipId, OffsetDateTime at) {
        Rows.insert(jdbc, "shared_bandwidth_eip", "eip_id", eipId, "shared_bandwidth_id", sharedBandwidthId,
                "joined_at", at);
    }

    /** Takes an EIP out of the shared bandwidth; false when it was not in it. */
    public boolean remove(String sharedBandwidthId, String eipId) {
        return Rows.delete(jdbc, "shared_bandwidth_eip", "eip_id", eipId, "shared_bandwidth_id",
                sharedBandwidthId) == 1;
    }

    /** Sets an EIP's own cap in the shared bandwidth (null: none); false when it is not in it. */
    public boolean setIpBandwidth(String sharedBandwidthId, String eipId, Integer mbps) {
        return jdbc.sql("UPDATE shared_bandwidth_eip SET ip_bandwidth = :b "
                        + "WHERE eip_id = :e AND shared_bandwidth_id = :s")
                .param("b", mbps).param("e", eipId).param("s", sharedBandwidthId).update() == 1;
    }

    /** The EIPs of each of these shared bandwidths, in the order they were added. */
    public Map<String, List<SharedBandwidth.Member>> membersOf(Collection<String> sharedBandwidthIds) {
        Map<String, List<SharedBandwidth.Member>> out = new LinkedHashMap<>();
        if (sharedBandwidthIds.isEmpty()) return out;
        for (SharedBandwidth.Member m : jdbc.sql("SELECT * FROM shared_bandwidth_eip WHERE shared_bandwidth_id IN (:s) "
                        + "ORDER BY joined_at, eip_id").param("s", sharedBandwidthIds)
                .query(SharedBandwidthStore::member)
                .list()) {
            out.computeIfAbsent(m.sharedBandwidthId(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** The shared bandwidth each of these EIPs is in (the ones in none are left out). */
    public Map<String, SharedBandwidth.Member> ofEips(Collection<String> eipIds) {
        Map<String, SharedBandwidth.Member> out = new HashMap<>();
        if (eipIds.isEmpty()) return out;
        jdbc.sql("SELECT * FROM shared_bandwidth_eip WHERE eip_id IN (:e)").param("e", eipIds)
                .query(SharedBandwidthStore::member).list().forEach(m -> out.put(m.eipId(), m));
        return out;
    }

    private static SharedBandwidth.Member member(ResultSet rs, int n) throws SQLException {
        String eip = rs.getString("eip_id");
        String shared = rs.getString("shared_bandwidth_id");
        int cap = rs.getInt("ip_bandwidth");
        return new SharedBandwidth.Member(eip, shared, rs.wasNull() ? null : cap);
    }
}
