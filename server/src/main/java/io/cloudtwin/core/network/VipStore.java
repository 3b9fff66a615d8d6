package io.cloudtwin.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Virtual IPs (their addresses are given out in the subnet's address table) and the hosts bound to each. */
@Component
public class VipStore extends ScopedStore<Vip> {
    public VipStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vip", Vip.class, DomainError.VIP_NOT_FOUND);
    }

    /** Binds a host: an instance (instanceId) or a network interface (interfaceId), the other null. */
    public void bind(String vipId, String targetId, String instanceId, String interfaceId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO vip_binding (vip_id, target_id, instance_id, interface_id, created_at) "
                        + "VALUES (:v, :t, :i, :n, :now)").param("v", vipId).param("t", targetId)
                .param("i", instanceId, Types.VARCHAR).param("n", interfaceId, Types.VARCHAR).param("now", now).update();
    }

    /** Unbinds a host; 0 when it was not bound. */
    public int unbind(String vipId, String targetId) {
        return Rows.delete(jdbc, "vip_binding", "vip_id", vipId, "target_id", targetId);
    }

    private static final String BINDINGS = "SELECT vip_id, target_id, instance_id, created_at FROM vip_binding ";
    private static final String BOUND_ORDER = " ORDER BY vip_id, created_at, target_id";

    /** The hosts bound to these VIPs, each VIP's in the order they were bound. */
    public List<Vip.Binding> bindingsOf(Collection<String> vipIds) {
        if (vipIds.isEmpty()) return List.of();
        return jdbc.sql(BINDINGS + "WHERE vip_id IN (:ids)" + BOUND_ORDER).param("ids", vipIds)
                .query((rs, n) -> binding(rs)).list();
    }

    /** Every binding (state export). */
    public List<Vip.Binding> allBindings() {
        return jdbc.sql(BINDINGS + BOUND_ORDER).query((rs, n) -> binding(rs)).list();
    }

    private static Vip.Binding binding(ResultSet rs) throws SQLException {
        return new Vip.Binding(rs.getString(1), rs.getString(2), rs.getString(3) == null ? Vip.INTERFACE : Vip.INSTANCE,
                rs.getObject(4, OffsetDateTime.class));
    }
}
