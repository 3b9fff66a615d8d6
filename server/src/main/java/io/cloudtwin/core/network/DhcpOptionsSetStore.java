package io.cloudtwin.core.network;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** DHCP options sets, and the set each VPC is associated with (vpc.dhcp_options_set_id). */
@Component
public class DhcpOptionsSetStore extends ScopedStore<DhcpOptionsSet> {
    public DhcpOptionsSetStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "dhcp_options_set", DhcpOptionsSet.class, DomainError.DHCP_OPTIONS_SET_NOT_FOUND);
    }

    /** The VPC is associated with the set (null: none). */
    public void associate(String vpcId, String setId) {
        jdbc.sql("UPDATE vpc SET dhcp_options_set_id = :s WHERE id = :v").param("s", setId, Types.VARCHAR)
                .param("v", vpcId).update();
    }

    /** The set each of these VPCs is associated with (absent: none). */
    public Map<String, String> ofVpcs(Collection<String> vpcIds) {
        Map<String, String> out = new LinkedHashMap<>();
        Rows.pairs(jdbc, "vpc", "id", "dhcp_options_set_id", vpcIds).forEach((v, s) -> {
            if (s != null) out.put(v, s);
        });
        return out;
    }

    /** The VPCs of each of these sets, in VPC id order (absent: none). */
    public Map<String, List<String>> vpcsOf(Collection<String> setIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (setIds.isEmpty()) return out;
        jdbc.sql("SELECT dhcp_options_set_id, id FROM vpc WHERE dhcp_options_set_id IN (:s) ORDER BY id")
                .param("s", setIds).query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return out;
    }
}
