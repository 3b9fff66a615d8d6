package io.cloudtwin.core.balancing;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Load balancers, their listeners and backends (V61). */
@Component
public class LoadBalancerStore {
    private final JdbcClient jdbc;
    private final ScopedTable<LoadBalancer> balancers;
    private final ScopedTable<Listener> listeners;
    private final ScopedTable<Backend> backends;
    private final ScopedTable<Member> members;

    private final TransactionTemplate savepoint;

    public LoadBalancerStore(JdbcClient jdbc, RowLocks locks, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.balancers = new ScopedTable<>(jdbc, locks, "load_balancer", LoadBalancer.class);
        this.listeners = new ScopedTable<>(jdbc, locks, "lb_listener", Listener.class);
        this.backends = new ScopedTable<>(jdbc, locks, "lb_backend", Backend.class);
        this.members = new ScopedTable<>(jdbc, locks, "lb_member", Member.class);
    }

    public void insert(LoadBalancer lb) {
        balancers.insert(lb);
    }

    /**
     * Inserts a load balancer unless another has its public address (false; the caller's transaction goes on: the
     * insert runs in a savepoint, as PostgreSQL aborts a transaction on the failure).
     */
    public boolean insertIfAddressFree(LoadBalancer lb) {
        try {
            savepoint.executeWithoutResult(s -> balancers.insert(lb));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public Optional<LoadBalancer> find(Scope scope, String id) {
        return balancers.find(scope, id);
    }

    /** Locks a load balancer: every change to it, its listeners and its backends takes this lock first. */
    public Optional<LoadBalancer> lock(Scope scope, String id) {
        return balancers.lock(scope, id);
    }

    public Page<LoadBalancer> list(Scope scope, LoadBalancerFilter f, int offset, int limit) {
        return balancers.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("vpc_id", f.vpcId())
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

    /** Sets attributes of a load balancer (by record component); null leaves one as it is. */
    public void update(String id, Map<String, ?> changes) {
        balancers.update(id, changes);
    }

    /** The firewall applied to a load balancer; null: none. */
    public void setFirewall(String id, String firewallId) {
        jdbc.sql("UPDATE load_balancer SET firewall_id = :f WHERE id = :id").param("f", firewallId, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Deletes a load balancer with its listeners and backends (the foreign keys cascade). */
    public int delete(String id) {
        return balancers.delete(id);
    }

    public boolean exists(String id) {
        return balancers.exists(id);
    }

    public List<LoadBalancer> all() {
        return balancers.all();
    }

    // ---- listeners

    public void insert(Listener l) {
        listeners.insert(l);
    }

    public Optional<Listener> listener(Scope scope, String id) {
        return listeners.find(scope, id);
    }

    public void updateListener(String id, Map<String, ?> changes) {
        listeners.update(id, changes);
    }

    public int deleteListener(String id) {
        return listeners.delete(id);
    }

    public boolean listenerExists(String id) {
        return listeners.exists(id);
    }

    /** The listeners of these load balancers, by load balancer, in creation order. */
    public Map<String, List<Listener>> listenersOf(Collection<String> loadBalancerIds) {
        Map<String, List<Listener>> out = new LinkedHashMap<>();
        if (loadBalancerIds.isEmpty()) return out;
        jdbc.sql("SELECT * FROM lb_listener WHERE load_balancer_id IN (:ids) ORDER BY created_at, id")
                .param("ids", loadBalancerIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("load_balancer_id"), k -> new ArrayList<>())
                        .add(listeners.map(rs))).list();
        return out;
    }

    /** The listener of a load balancer on a port (of a protocol, when given; else of any, TCP-based first). */
    public Optional<Listener> listenerAt(String loadBalancerId, int port, String protocol) {
        return jdbc.sql("SELECT * FROM lb_listener WHERE load_balancer_id = :lb AND port = :p ORDER BY port_family, id")
                .param("lb", loadBalancerId).param("p", port).query((rs, n) -> listeners.map(rs)).list().stream()
                .filter(l -> protocol == null || protocol.isEmpty() || l.protocol().equalsIgnoreCase(protocol))
                .findFirst();
    }

    public List<Listener> allListeners() {
        return listeners.all();
    }

    // ---- backends

    /** Inserts a backend; the unique index refuses an instance and port a listener has already. */
    public void insert(Backend b) {
        backends.insert(b);
    }

    public Optional<Backend> backend(Scope scope, String id) {
        return backends.find(scope, id);
    }

    public void updateBackend(String id, Map<String, ?> changes) {
        backends.update(id, changes);
    }

    public int deleteBackend(String id) {
        return backends.delete(id);
    }

    public boolean backendExists(String id) {
        return backends.exists(id);
    }

    /** Whether the listener has the instance on that port already. */
    public boolean hasTarget(String listenerId, String instanceId, int port) {
        return jdbc.sql("SELECT COUNT(*) FROM lb_backend WHERE listener_id = :l AND instance_id = :i AND port = :p")
                .param("l", listenerId).param("i", instanceId).param("p", port).query(Long.class).single() > 0;
    }

    /** The backends of these listeners, by listener, in creation order. */
    public Map<String, List<Backend>> backendsOf(Collection<String> listenerIds) {
        Map<String, List<Backend>> out = new LinkedHashMap<>();
        if (listenerIds.isEmpty()) return out;
        jdbc.sql("SELECT * FROM lb_backend WHERE listener_id IN (:ids) ORDER BY created_at, id")
                .param("ids", listenerIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("listener_id"), k -> new ArrayList<>())
                        .add(backends.map(rs))).list();
        return out;
    }

    public List<Backend> allBackends() {
        return backends.all();
    }

    // ---- members of the default server pool

    /** Inserts a member; the unique index refuses a server the load balancer has already. */
    public void insert(Member m) {
        members.insert(m);
    }

    public void updateMember(String id, Map<String, ?> changes) {
        members.update(id, changes);
    }

    public int deleteMember(String id) {
        return members.delete(id);
    }

    public boolean memberExists(String id) {
        return members.exists(id);
    }

    /** The members of these load balancers, by load balancer, in the order they joined. */
    public Map<String, List<Member>> membersOf(Collection<String> loadBalancerIds) {
        Map<String, List<Member>> out = new LinkedHashMap<>();
        if (loadBalancerIds.isEmpty()) return out;
        jdbc.sql("SELECT * FROM lb_member WHERE load_balancer_id IN (:ids) ORDER BY created_at, id")
                .param("ids", loadBalancerIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("load_balancer_id"), k -> new ArrayList<>())
                        .add(members.map(rs))).list();
        return out;
    }

    /** The load balancers of the scope that have this server as a member. */
    public List<String> withMember(Scope scope, String serverId) {
        return jdbc.sql("SELECT load_balancer_id FROM lb_member WHERE server_id = :s AND " + ScopeFilter.checkOnly("", scope))
                .params(ScopeFilter.params(scope)).param("s", serverId).query(String.class).list();
    }

    public List<Member> allMembers() {
        return members.all();
    }
}
