package io.cloudtwin.core.balancing;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Load balancers, their listeners and backends (V61). */
@Component
public class LoadBalancerStore {
    private final JdbcClient jdbc;
    private final ScopedTable<LoadBalancer> balancers;
    private final ScopedTable<Listener> listeners;
    private final ScopedTable<Backend> backends;

    public LoadBalancerStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.balancers = new ScopedTable<>(jdbc, locks, "load_balancer", LoadBalancer.class);
        this.listeners = new ScopedTable<>(jdbc, locks, "lb_listener", Listener.class);
        this.backends = new ScopedTable<>(jdbc, locks, "lb_backend", Backend.class);
    }

    public void insert(LoadBalancer lb) {
        balancers.insert(lb);
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
                .equal("subnet_id", f.subnetId()), offset, limit);
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
}
