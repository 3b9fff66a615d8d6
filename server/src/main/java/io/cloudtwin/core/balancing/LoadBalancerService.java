package io.cloudtwin.core.balancing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.compute.Transitions;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.DefaultNetworks;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.security.FirewallStore;

/**
 * Load balancers, their listeners and backends.
 *
 * <p>Locks: every change to a load balancer, to one of its listeners or backends locks the load balancer's row
 * first, so they are serialized per load balancer (a listener's port is checked free, a backend checked new, under
 * that lock). Creating one locks its VPC, its subnet (an internal one takes an address there), then its firewall.
 * Adding a backend then locks the instance's row: terminating the instance locks it too, so the two are serialized,
 * and the backend's foreign key (ON DELETE CASCADE) takes it out of every listener when the instance goes. Order
 * everywhere: load balancer, then instance; a termination locks only the instance.
 */
@Service
public class LoadBalancerService {
    private final LoadBalancerStore store;
    private final NetworkService networks;
    private final DefaultNetworks defaultNetworks;
    private final FirewallStore firewalls;
    private final InstanceStore instances;
    private final Transitions transitions;
    private final WallClock clock;
    private final ElasticIpService eips;

    public LoadBalancerService(LoadBalancerStore store, NetworkService networks, DefaultNetworks defaultNetworks,
                               FirewallStore firewalls, InstanceStore instances, Transitions transitions, WallClock clock,
                               ElasticIpService eips) {
        this.eips = eips;
        this.store = store;
        this.networks = networks;
        this.defaultNetworks = defaultNetworks;
        this.firewalls = firewalls;
        this.instances = instances;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * What to create: in subnetId (its VPC must be vpcId when both are given), else in the first subnet of vpcId,
     * else in the scope's default network; firewallId may be null. privateIp: the address an internal one asks for
     * (a state document's), else null for the lowest free one.
     */
    public record NewLoadBalancer(String name, String tag, String remark, String vpcId, String subnetId,
                                  boolean internal, String listenType, String firewallId, String privateIp) {}

    /** A listener to add; its listenType, when the load balancer has one, must be the same. */
    public record NewListener(String name, String protocol, int port, String method, String persistence,
                              String persistenceInfo, int idleTimeout, String healthCheck, String healthDomain,
                              String healthPath, String listenType) {}

    /** Changes to a listener; null leaves a field as it is. */
    public record ListenerChanges(String name, String method, String persistence, String persistenceInfo,
                                  Integer idleTimeout, String healthCheck, String healthDomain, String healthPath) {}

    /** An instance to add to a listener. */
    public record NewBackend(String instanceId, int port, int weight, boolean enabled, boolean backup) {}

    /** Changes to a backend; null leaves a field as it is. */
    public record BackendChanges(Integer port, Integer weight, Boolean enabled, Boolean backup) {}

    /** A load balancer with its listeners, each with its backends, each with its instance as it is now. */
    public record View(LoadBalancer loadBalancer, List<ListenerView> listeners) {}

    public record ListenerView(Listener listener, List<BackendView> backends) {}

    public record BackendView(Backend backend, Instance instance) {}

    @Transactional
    public LoadBalancer create(Scope scope, String id, NewLoadBalancer spec) {
        Subnet placed = placement(scope, spec.vpcId(), spec.subnetId());
        networks.lockVpc(scope, placed.vpcId());
        Subnet subnet = networks.lockSubnet(scope, placed.id());
        if (spec.firewallId() != null) {
            firewalls.lock(scope, spec.firewallId())
                    .orElseThrow(() -> new DomainException(DomainError.FIREWALL_NOT_FOUND, spec.firewallId()));
        }
        String address = spec.internal() ? networks.allocate(subnet, id, spec.privateIp()) : "";
        LoadBalancer lb = new LoadBalancer(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                spec.name(), spec.tag(), spec.remark(), subnet.vpcId(), subnet.id(), spec.internal(), address,
                spec.listenType(), spec.firewallId(), clock.now());
        store.insert(lb);
        return lb;
    }

    private Subnet placement(Scope scope, String vpcId, String subnetId) {
        if (present(subnetId)) {
            Subnet s = networks.subnet(scope, subnetId);
            if (present(vpcId) && !vpcId.equals(s.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
            return s;
        }
        if (present(vpcId)) {
            networks.vpc(scope, vpcId);
            return networks.listSubnets(scope, new SubnetFilter(null, vpcId, null, null), 0, 1).items().stream()
                    .findFirst().orElseThrow(() -> new DomainException(DomainError.SUBNET_NOT_FOUND, vpcId));
        }
        return defaultNetworks.subnet(scope);
    }

    @Transactional(readOnly = true)
    public LoadBalancer get(Scope scope, String id) {
        return store.find(scope, id).orElseThrow(() -> notFound(id));
    }

    /** One page of the scope's load balancers that match, each with its listeners and backends. */
    @Transactional
    public Page<View> list(Scope scope, LoadBalancerFilter filter, int offset, int limit) {
        Page<LoadBalancer> page = store.list(scope, filter, offset, limit);
        return new Page<>(views(page.items()), page.total());
    }

    /** The listeners of a load balancer of the scope (one of them when listenerId is given), with their backends. */
    @Transactional
    public List<ListenerView> listeners(Scope scope, String loadBalancerId, String listenerId) {
        var lbs = store.find(scope, loadBalancerId).map(List::of).orElse(List.of());
        List<ListenerView> out = new ArrayList<>();
        for (View v : views(lbs)) {
            for (ListenerView l : v.listeners()) {
                if (listenerId == null || l.listener().id().equals(listenerId)) out.add(l);
            }
        }
        return out;
    }

    private List<View> views(List<LoadBalancer> lbs) {
        transitions.settle();
        Map<String, List<Listener>> listeners = store.listenersOf(lbs.stream().map(LoadBalancer::id).toList());
        List<String> listenerIds = listeners.values().stream().flatMap(List::stream).map(Listener::id).toList();
        Map<String, List<Backend>> backends = store.backendsOf(listenerIds);
        List<String> instanceIds = backends.values().stream().flatMap(List::stream).map(Backend::instanceId).distinct()
                .toList();
        Map<String, Instance> byId = new HashMap<>();
        for (Instance i : instances.byIds(instanceIds)) byId.put(i.id(), i);
        List<View> out = new ArrayList<>();
        for (LoadBalancer lb : lbs) {
            List<ListenerView> ls = new ArrayList<>();
            for (Listener l : listeners.getOrDefault(lb.id(), List.of())) {
                ls.add(new ListenerView(l, backends.getOrDefault(l.id(), List.of()).stream()
                        .map(b -> new BackendView(b, byId.get(b.instanceId()))).toList()));
            }
            out.add(new View(lb, ls));
        }
        return out;
    }

    /** Renames, re-tags or re-marks a load balancer; null leaves a field as it is. */
    @Transactional
    public void update(Scope scope, String id, String name, String tag, String remark) {
        lock(scope, id);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", name);
        changes.put("tag", tag);
        changes.put("remark", remark);
        store.update(id, changes);
    }

    /** Deletes a load balancer with its listeners and backends, gives its address back and frees its EIPs. */
    @Transactional
    public void delete(Scope scope, String id) {
        lock(scope, id);
        eips.targetDeleted(id);
        store.delete(id);
        networks.release(id);
    }

    /** The firewall applied to a load balancer of the scope, or null (none; no such load balancer). */
    @Transactional(readOnly = true)
    public String firewallOf(Scope scope, String id) {
        return store.find(scope, id).map(LoadBalancer::firewallId).orElse(null);
    }

    /** Applies a firewall of the scope to a load balancer, replacing the one it had (GrantFirewall). */
    @Transactional
    public void grantFirewall(Scope scope, String id, String firewallId) {
        lock(scope, id);
        firewalls.lock(scope, firewallId).orElseThrow(() -> new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId));
        try {
            store.setFirewall(id, firewallId);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId);
        }
    }

    /** Takes a firewall off a load balancer (DisassociateFirewall): it must be the one applied. */
    @Transactional
    public void removeFirewall(Scope scope, String id, String firewallId) {
        LoadBalancer lb = lock(scope, id);
        firewalls.find(scope, firewallId).orElseThrow(() -> new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId));
        if (!firewallId.equals(lb.firewallId())) throw new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId);
        store.setFirewall(id, null);
    }

    // ---- listeners

    /** Adds a listener on a port no other listener of the load balancer takes (for the same transport). */
    @Transactional
    public Listener createListener(Scope scope, String loadBalancerId, String id, NewListener spec) {
        LoadBalancer lb = lock(scope, loadBalancerId);
        if (lb.listenType() != null && spec.listenType() != null && !lb.listenType().equals(spec.listenType())) {
            throw new DomainException(DomainError.LISTEN_TYPE_MISMATCH, lb.id());
        }
        for (Listener other : store.listenersOf(List.of(lb.id())).getOrDefault(lb.id(), List.of())) {
            if (other.port() == spec.port() && other.sharesPortsWith(spec.protocol())) {
                throw new DomainException(DomainError.LISTENER_PORT_IN_USE, String.valueOf(spec.port()));
            }
        }
        Listener l = new Listener(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), lb.id(),
                spec.name(), spec.protocol(), spec.port(), spec.method(), spec.persistence(), spec.persistenceInfo(),
                spec.idleTimeout(), spec.healthCheck(), spec.healthDomain(), spec.healthPath(), spec.listenType(),
                clock.now());
        store.insert(l);
        return l;
    }

    /** A listener of a load balancer of the scope. */
    @Transactional(readOnly = true)
    public Listener listener(Scope scope, String loadBalancerId, String id) {
        get(scope, loadBalancerId);
        return store.listener(scope, id).filter(l -> l.loadBalancerId().equals(loadBalancerId))
                .orElseThrow(() -> new DomainException(DomainError.LISTENER_NOT_FOUND, id));
    }

    @Transactional
    public void updateListener(Scope scope, String loadBalancerId, String id, ListenerChanges c) {
        lockedListener(scope, loadBalancerId, id);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", c.name());
        changes.put("method", c.method());
        changes.put("persistence", c.persistence());
        changes.put("persistenceInfo", c.persistenceInfo());
        changes.put("idleTimeout", c.idleTimeout());
        changes.put("healthCheck", c.healthCheck());
        changes.put("healthDomain", c.healthDomain());
        changes.put("healthPath", c.healthPath());
        store.updateListener(id, changes);
    }

    /** Deletes a listener with its backends. */
    @Transactional
    public void deleteListener(Scope scope, String loadBalancerId, String id) {
        lockedListener(scope, loadBalancerId, id);
        store.deleteListener(id);
    }

    private Listener lockedListener(Scope scope, String loadBalancerId, String id) {
        lock(scope, loadBalancerId);
        return store.listener(scope, id).filter(l -> l.loadBalancerId().equals(loadBalancerId))
                .orElseThrow(() -> new DomainException(DomainError.LISTENER_NOT_FOUND, id));
    }

    // ---- backends

    /**
     * Adds an instance of the load balancer's VPC to a listener, on a port it does not serve that listener on yet.
     * The instance's row is locked (after the load balancer's): a concurrent termination either comes first (the
     * instance is not found) or waits and then takes the backend out with the instance.
     */
    @Transactional
    public Backend addBackend(Scope scope, String loadBalancerId, String listenerId, String id, NewBackend spec) {
        Listener l = lockedListener(scope, loadBalancerId, listenerId);
        LoadBalancer lb = get(scope, loadBalancerId);
        transitions.settle();
        Instance i = instances.lock(scope, spec.instanceId())
                .orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, spec.instanceId()));
        if (!lb.vpcId().equals(i.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, i.id());
        if (store.hasTarget(l.id(), i.id(), spec.port())) throw new DomainException(DomainError.BACKEND_EXISTS, i.id());
        Backend b = new Backend(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), lb.id(), l.id(),
                i.id(), spec.port(), spec.weight(), spec.enabled(), spec.backup(), clock.now());
        try {
            store.insert(b);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.BACKEND_EXISTS, i.id());
        }
        return b;
    }

    /** A backend of a load balancer of the scope. */
    @Transactional(readOnly = true)
    public Backend backend(Scope scope, String loadBalancerId, String id) {
        get(scope, loadBalancerId);
        return store.backend(scope, id).filter(b -> b.loadBalancerId().equals(loadBalancerId))
                .orElseThrow(() -> new DomainException(DomainError.BACKEND_NOT_FOUND, id));
    }

    @Transactional
    public void updateBackend(Scope scope, String loadBalancerId, String id, BackendChanges c) {
        Backend b = lockedBackend(scope, loadBalancerId, id);
        if (c.port() != null && c.port() != b.port() && store.hasTarget(b.listenerId(), b.instanceId(), c.port())) {
            throw new DomainException(DomainError.BACKEND_EXISTS, b.instanceId());
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("port", c.port());
        changes.put("weight", c.weight());
        changes.put("enabled", c.enabled());
        changes.put("backup", c.backup());
        store.updateBackend(id, changes);
    }

    @Transactional
    public void releaseBackend(Scope scope, String loadBalancerId, String id) {
        lockedBackend(scope, loadBalancerId, id);
        store.deleteBackend(id);
    }

    private Backend lockedBackend(Scope scope, String loadBalancerId, String id) {
        lock(scope, loadBalancerId);
        return store.backend(scope, id).filter(b -> b.loadBalancerId().equals(loadBalancerId))
                .orElseThrow(() -> new DomainException(DomainError.BACKEND_NOT_FOUND, id));
    }

    private LoadBalancer lock(Scope scope, String id) {
        return store.lock(scope, id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(String id) {
        return new DomainException(DomainError.LOAD_BALANCER_NOT_FOUND, id);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
