package io.cloudtwin.core.network;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** VPC peerings (V62). */
@Component
public class PeeringStore {
    private final JdbcClient jdbc;
    private final ScopedTable<VpcPeering> table;

    public PeeringStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.table = new ScopedTable<>(jdbc, locks, "vpc_peering", VpcPeering.class);
    }

    /** Inserts a peering; the unique pair key refuses a pair peered already. */
    public void insert(VpcPeering p) {
        table.insert(p);
    }

    /** The peering of these two VPCs, whichever side asked. */
    public Optional<VpcPeering> ofPair(String a, String b) {
        return jdbc.sql("SELECT * FROM vpc_peering WHERE pair_key = :k").param("k", VpcPeering.pairKey(a, b))
                .query((rs, n) -> table.map(rs)).optional();
    }

    /** The peerings a VPC is a side of, in creation order. */
    public List<VpcPeering> of(String vpcId) {
        return jdbc.sql("SELECT * FROM vpc_peering WHERE vpc_id = :v OR peer_vpc_id = :v ORDER BY created_at, id")
                .param("v", vpcId).query((rs, n) -> table.map(rs)).list();
    }

    public int delete(String id) {
        return table.delete(id);
    }

    public boolean exists(String id) {
        return table.exists(id);
    }

    public List<VpcPeering> all() {
        return table.all();
    }
}
