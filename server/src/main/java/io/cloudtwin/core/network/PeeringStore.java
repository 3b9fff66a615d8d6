package io.cloudtwin.core.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** VPC peerings (V62). */
@Component
public class PeeringStore extends ScopedStore<VpcPeering> {
    /** Inserting a peering, the unique pair key refuses a pair peered already. */
    public PeeringStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vpc_peering", VpcPeering.class, DomainError.PEERING_NOT_FOUND);
    }

    /** The peering of these two VPCs, whichever side asked. */
    public Optional<VpcPeering> ofPair(String a, String b) {
        return jdbc.sql("SELECT * FROM vpc_peering WHERE pair_key = :k").param("k", VpcPeering.pairKey(a, b))
                .query((rs, n) -> table.map(rs)).optional();
    }

    /** The peerings a VPC is a side of, in creation order. */
    public List<VpcPeering> of(String vpcId) {
        return table.select("vpc_id = :v OR peer_vpc_id = :v", Map.of("v", vpcId));
    }
}
