package io.cloudtwin.core.express;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vbr_association rows (V148); the rules are VirtualBorderRouterService's. */
@Component
public class VbrAssociationStore extends ScopedStore<VbrAssociation> {
    public VbrAssociationStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vbr_association", VbrAssociation.class, DomainError.VBR_ASSOCIATION_NOT_FOUND);
    }

    /** Whether a router uses the circuit's VLAN, as its own circuit's or as an associated one's. */
    public boolean vlanUsed(String circuitId, int vlanId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM virtual_border_router WHERE physical_connection_id = :p"
                + " AND vlan_id = :v) + (SELECT COUNT(*) FROM vbr_association WHERE physical_connection_id = :p"
                + " AND vlan_id = :v)").param("p", circuitId).param("v", vlanId).query(Long.class).single() > 0;
    }

    /** The associations of these routers, by router, in creation order. */
    public Map<String, List<VbrAssociation>> of(Collection<String> vbrIds) {
        return table.groupedBy("vbr_id", vbrIds);
    }
}
