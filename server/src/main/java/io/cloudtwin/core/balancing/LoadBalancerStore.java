package io.cloudtwin.core.balancing;

import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.UniqueWrites;
import io.cloudtwin.store.RowLocks;

/** Load balancers, their listeners and backends (V61). */
@Component
public class LoadBalancerStore extends ScopedStore<LoadBalancer> {
    private final ScopedTable<Listener> listeners;
    private final ScopedTable<Backend> backends;
    private final ScopedTable<Member> members;

    private final UniqueWrites writes;

    /** Every change to a load balancer, its listeners and its backends takes the load balancer's lock first. */
    public LoadBalancerStore(JdbcClient jdbc, RowLocks locks, UniqueWrites writes) {
        super(jdbc, locks, "load_balancer", LoadBalancer.class, DomainError.LOAD_BALANCER_NOT_FOUND);
        this.writes = writes;
        this.listeners = new ScopedTable<>(jdbc, locks, "lb_listener", Listener.class);
        this.backends = new ScopedTable<>(jdbc, locks, "lb_backend", Backend.class);
        this.members = new ScopedTable<>(jdbc, locks, "lb_member", Member.class);
    }

    public ScopedTable<Listener> listeners() {
        return listeners;
    }

    /** Backends of the listeners; inserting one, the unique index refuses an instance and port a listener has already. */
    /** Whether a forwarding rule sends to the backend (ReleaseBackend refuses it then). */
    public boolean inRule(String backendId) {
        return Rows.count(jdbc, "lb_rule_backend", "backend_id", backendId) > 0;
    }

    public ScopedTable<Backend> backends() {
        return backends;
    }

    /** Members of the default server pool; inserting one, the unique index refuses a server the load balancer has. */
    public ScopedTable<Member> members() {
        return members;
    }

    /**
     * Inserts a load balancer unless another has its public address (false; the caller's transaction goes on: the
     * insert runs in a savepoint, as PostgreSQL aborts a transaction on the failure).
     */
    public boolean insertIfAddressFree(LoadBalancer lb) {
        return writes.inSavepoint(() -> table.insert(lb));
    }

    public Page<LoadBalancer> list(Scope scope, LoadBalancerFilter f, int offset, int limit) {
        return table.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("vpc_id", f.vpcId())
                .equal("subnet_id", f.subnetId()).equal("name", f.name()).equal("internal", f.internal())
                .equal("status", f.status()).equal("charge_type", f.chargeType()), offset, limit);
    }

    /** The scope's load balancers that have this address, public or private. */
    public List<String> withAddress(Scope scope, String address) {
        return jdbc.sql("SELECT id FROM load_balancer WHERE (public_address = :a OR private_ip = :a) AND "
                        + ScopeFilter.checkOnly("", scope))
                .params(ScopeFilter.params(scope)).param("a", address).query(String.class).list();
    }

    /** The load balancers with or without a VPC. */
    public List<String> inVpc(Scope scope, boolean inVpc) {
        return jdbc.sql("SELECT id FROM load_balancer WHERE " + ScopeFilter.checkOnly("", scope) + " AND vpc_id IS "
                        + (inVpc ? "NOT NULL" : "NULL")).params(ScopeFilter.params(scope)).query(String.class).list();
    }

    /** The firewall applied to a load balancer; null: none. */
    public void setFirewall(String id, String firewallId) {
        jdbc.sql("UPDATE load_balancer SET firewall_id = :f WHERE id = :id").param("f", firewallId, Types.VARCHAR)
                .param("id", id).update();
    }

    // ---- listeners

    /** The listeners of these load balancers, by load balancer, in creation order. */
    public Map<String, List<Listener>> listenersOf(Collection<String> loadBalancerIds) {
        return listeners.groupedBy("load_balancer_id", loadBalancerIds);
    }

    /** The listener of a load balancer on a port (of a protocol, when given; else of any, TCP-based first). */
    public Optional<Listener> listenerAt(String loadBalancerId, int port, String protocol) {
        return jdbc.sql("SELECT * FROM lb_listener WHERE load_balancer_id = :lb AND port = :p ORDER BY port_family, id")
                .param("lb", loadBalancerId).param("p", port).query((rs, n) -> listeners.map(rs)).list().stream()
                .filter(l -> protocol == null || protocol.isEmpty() || l.protocol().equalsIgnoreCase(protocol))
                .findFirst();
    }

    /** The server group a listener forwards to (null: the default pool). */
    public void forwardTo(String listenerId, String serverGroupId) {
        jdbc.sql("UPDATE lb_listener SET server_group_id = :g WHERE id = :id").param("g", serverGroupId, Types.VARCHAR)
                .param("id", listenerId).update();
    }

    // ---- backends

    /** Whether the listener has the instance on that port already. */
    public boolean hasTarget(String listenerId, String instanceId, int port) {
        return jdbc.sql("SELECT COUNT(*) FROM lb_backend WHERE listener_id = :l AND instance_id = :i AND port = :p")
                .param("l", listenerId).param("i", instanceId).param("p", port).query(Long.class).single() > 0;
    }

    /** The backends of these listeners, by listener, in creation order. */
    public Map<String, List<Backend>> backendsOf(Collection<String> listenerIds) {
        return backends.groupedBy("listener_id", listenerIds);
    }

    // ---- members of the default server pool

    /** The members of these load balancers, by load balancer, in the order they joined. */
    public Map<String, List<Member>> membersOf(Collection<String> loadBalancerIds) {
        return members.groupedBy("load_balancer_id", loadBalancerIds);
    }

    /** The load balancers of the scope that have this server as a member. */
    public List<String> withMember(Scope scope, String serverId) {
        return jdbc.sql("SELECT load_balancer_id FROM lb_member WHERE server_id = :s AND " + ScopeFilter.checkOnly("", scope))
                .params(ScopeFilter.params(scope)).param("s", serverId).query(String.class).list();
    }
}
