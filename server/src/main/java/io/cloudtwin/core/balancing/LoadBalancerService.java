package io.cloudtwin.core.balancing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
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
import io.cloudtwin.core.tag.TagService;

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
public record LoadBalancerService(LoadBalancerStore store, NetworkService networks, DefaultNetworks defaultNetworks,
                                  FirewallStore firewalls, InstanceStore instances, Transitions transitions,
                                  WallClock clock, ElasticIpService eips, TagService tags, PoolServers poolServers,
                                  ServerGroupStore serverGroups, Transactions tx) implements KindService<LoadBalancer> {
    /**
     * What to create: in subnetId (its VPC must be vpcId when both are given), else in the first subnet of vpcId,
     * else in the scope's default network; firewallId may be null. privateIp: the address an internal one asks for
     * (a state document's), else null for the lowest free one.
     */
    public record NewLoadBalancer(String name, String tag, String remark, String vpcId, String subnetId,
                                  boolean internal, String listenType, String firewallId, String privateIp,
                                  Offer offer) {
        public NewLoadBalancer(String name, String tag, String remark, String vpcId, String subnetId, boolean internal,
                               String listenType, String firewallId, String privateIp) {
            this(name, tag, remark, vpcId, subnetId, internal, listenType, firewallId, privateIp, null);
        }
    }

    /**
     * What an Aliyun SLB adds: its spec, bandwidth and charge type, deletion protection, its status, the public address
     * of an internet-facing one (the one asked for, else a free one of the pool; null when not internet facing), and
     * its modification protection with the reason for it. With an offer, a load balancer asked for in no subnet and no
     * VPC stands in none (not in the default network): an Aliyun internet SLB made without a vSwitch.
     */
    public record Offer(String spec, int bandwidth, String chargeType, boolean deleteProtection, String status,
                        boolean publicFacing, String publicAddress, String modificationProtection,
                        String modificationProtectionReason) {}

    /**
     * A listener to add; its listenType, when the load balancer has one, must be the same; serverGroupId: a server
     * group of the load balancer it forwards to (null: the default pool).
     */
    public record NewListener(String name, String protocol, int port, String method, String persistence,
                              String persistenceInfo, int idleTimeout, String healthCheck, String healthDomain,
                              String healthPath, String listenType, Integer backendPort, Integer bandwidth,
                              String status, Map<String, String> settings, String serverGroupId) {
        public NewListener(String name, String protocol, int port, String method, String persistence,
                           String persistenceInfo, int idleTimeout, String healthCheck, String healthDomain,
                           String healthPath, String listenType) {
            this(name, protocol, port, method, persistence, persistenceInfo, idleTimeout, healthCheck, healthDomain,
                    healthPath, listenType, null, null, Listener.RUNNING, Map.of(), null);
        }
    }

    /**
     * Changes to a listener; null leaves a field as it is (a setting too); serverGroupId "" sends it back to the
     * default pool.
     */
    public record ListenerChanges(String name, String method, String persistence, String persistenceInfo,
                                  Integer idleTimeout, String healthCheck, String healthDomain, String healthPath,
                                  Integer backendPort, Integer bandwidth, Map<String, String> settings,
                                  String serverGroupId) {
        public ListenerChanges(String name, String method, String persistence, String persistenceInfo,
                               Integer idleTimeout, String healthCheck, String healthDomain, String healthPath) {
            this(name, method, persistence, persistenceInfo, idleTimeout, healthCheck, healthDomain, healthPath, null,
                    null, Map.of(), null);
        }
    }

    /**
     * A server to make a member of the default pool (Member.INSTANCE or INTERFACE), with its weight; id: the
     * member's (a state document's), null for a new one.
     */
    public record NewMember(String id, String serverId, String serverType, int weight, String description) {}

    /** Changes to a load balancer's offer; null leaves a field as it is. */
    public record OfferChanges(String spec, Integer bandwidth, String chargeType, Boolean deleteProtection,
                               String status, String modificationProtection, String modificationProtectionReason) {}

    /** An instance to add to a listener. */
    public record NewBackend(String instanceId, int port, int weight, boolean enabled, boolean backup) {}

    /** Changes to a backend; null leaves a field as it is. */
    public record BackendChanges(Integer port, Integer weight, Boolean enabled, Boolean backup) {}

    /** A load balancer with its listeners, each with its backends, each with its instance as it is now. */
    public record View(LoadBalancer loadBalancer, List<ListenerView> listeners, List<Member> members) {}

    public record ListenerView(Listener listener, List<BackendView> backends) {}

    public record BackendView(Backend backend, Instance instance) {}

    public LoadBalancer create(Scope scope, String id, NewLoadBalancer spec) {
        return tx.call(() -> {
            Offer offer = spec.offer();
            boolean nowhere = offer != null && !present(spec.vpcId()) && !present(spec.subnetId());
            Subnet subnet = null;
            if (!nowhere) {
                Subnet placed = placement(scope, spec.vpcId(), spec.subnetId());
                networks.lockVpc(scope, placed.vpcId());
                subnet = networks.lockSubnet(scope, placed.id());
            }
            if (spec.firewallId() != null) {
                firewalls.locked(scope, spec.firewallId());
            }
            if (spec.internal() && subnet == null) throw new DomainException(DomainError.SUBNET_NOT_FOUND, id);
            String address = spec.internal() ? networks.allocate(subnet, id, spec.privateIp()) : "";
            boolean asked = offer != null && present(offer.publicAddress());
            for (int n = 0; ; n++) {
                String publicAddress = offer == null || !offer.publicFacing() ? null
                        : asked ? offer.publicAddress() : ElasticIpService.randomAddress();
                LoadBalancer lb = new LoadBalancer(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                        spec.name(), spec.tag(), spec.remark(), subnet == null ? null : subnet.vpcId(),
                        subnet == null ? null : subnet.id(), spec.internal(), address, spec.listenType(), spec.firewallId(),
                        offer == null ? "" : offer.spec(), offer == null ? 0 : offer.bandwidth(),
                        offer == null ? "" : offer.chargeType(), offer == null ? LoadBalancer.ACTIVE : offer.status(),
                        offer != null && offer.deleteProtection(), publicAddress,
                        offer == null ? "" : offer.modificationProtection(),
                        offer == null ? "" : offer.modificationProtectionReason(), clock.now());
                // another load balancer has the address (the unique index): another one, in a savepoint
                if (store.insertIfAddressFree(lb)) return lb;
                if (asked) throw new DomainException(DomainError.EIP_ADDRESS_TAKEN, publicAddress);
                if (n >= 16) throw new DomainException(DomainError.NO_FREE_ADDRESS, ElasticIpService.POOL);
            }
        });
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

    /** One page of the scope's load balancers that match, each with its listeners and backends. */
    public Page<View> list(Scope scope, LoadBalancerFilter filter, int offset, int limit) {
        return tx.call(() -> {
            Page<LoadBalancer> page = store.list(scope, filter, offset, limit);
            return new Page<>(views(page.items()), page.total());
        });
    }

    /** A load balancer of the scope with its listeners, their backends, and its members. */
    public View view(Scope scope, String id) {
        return tx.call(() -> views(List.of(get(scope, id))).get(0));
    }

    /** The ids of the scope's load balancers that have this server as a member. */
    public List<String> withMember(Scope scope, String serverId) {
        return tx.read(() -> store.withMember(scope, serverId));
    }

    /** The ids of the scope's load balancers reached at this address (public or private). */
    public List<String> withAddress(Scope scope, String address) {
        return tx.read(() -> store.withAddress(scope, address));
    }

    /** The ids of the scope's load balancers in a VPC (true) or in none (false). */
    public List<String> inVpc(Scope scope, boolean inVpc) {
        return tx.read(() -> store.inVpc(scope, inVpc));
    }

    /** The listeners of a load balancer of the scope (one of them when listenerId is given), with their backends. */
    public List<ListenerView> listeners(Scope scope, String loadBalancerId, String listenerId) {
        return tx.call(() -> {
            var lbs = store.find(scope, loadBalancerId).map(List::of).orElse(List.of());
            List<ListenerView> out = new ArrayList<>();
            for (View v : views(lbs)) {
                for (ListenerView l : v.listeners()) {
                    if (listenerId == null || l.listener().id().equals(listenerId)) out.add(l);
                }
            }
            return out;
        });
    }

    private List<View> views(List<LoadBalancer> lbs) {
        transitions.settle();
        Map<String, List<Listener>> listeners = store.listenersOf(lbs.stream().map(LoadBalancer::id).toList());
        List<String> listenerIds = listeners.values().stream().flatMap(List::stream).map(Listener::id).toList();
        Map<String, List<Backend>> backends = store.backendsOf(listenerIds);
        List<String> instanceIds = backends.values().stream().flatMap(List::stream).map(Backend::instanceId).distinct()
                .toList();
        Map<String, List<Member>> members = store.membersOf(lbs.stream().map(LoadBalancer::id).toList());
        Map<String, Instance> byId = new HashMap<>();
        for (Instance i : instances.byIds(instanceIds)) byId.put(i.id(), i);
        List<View> out = new ArrayList<>();
        for (LoadBalancer lb : lbs) {
            List<ListenerView> ls = new ArrayList<>();
            for (Listener l : listeners.getOrDefault(lb.id(), List.of())) {
                ls.add(new ListenerView(l, backends.getOrDefault(l.id(), List.of()).stream()
                        .map(b -> new BackendView(b, byId.get(b.instanceId()))).toList()));
            }
            out.add(new View(lb, ls, members.getOrDefault(lb.id(), List.of())));
        }
        return out;
    }

    /** Renames, re-tags or re-marks a load balancer; null leaves a field as it is. */
    public void update(Scope scope, String id, String name, String tag, String remark) {
        tx.run(() -> {
            lock(scope, id);
            store.update(id, RowChanges.of("name", name, "tag", tag, "remark", remark));
        });
    }

    /** Changes a load balancer's offer, status or deletion protection. */
    public void modify(Scope scope, String id, OfferChanges c) {
        tx.run(() -> {
            lock(scope, id);
            store.update(id, RowChanges.from(c));
        });
    }

    /**
     * Deletes a load balancer with its listeners, backends and members, gives its address back and frees its EIPs;
     * refused while its deletion protection is on.
     */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            if (lock(scope, id).deleteProtection()) throw new DomainException(DomainError.DELETE_PROTECTED, id);
            eips.targetDeleted(id);
            tags.deleting(id, () -> store.delete(id));
            networks.release(id);
        });
    }

    /** The firewall applied to a load balancer of the scope, or null (none; no such load balancer). */
    public String firewallOf(Scope scope, String id) {
        return tx.read(() -> store.find(scope, id).map(LoadBalancer::firewallId).orElse(null));
    }

    /** Applies a firewall of the scope to a load balancer, replacing the one it had (GrantFirewall). */
    public void grantFirewall(Scope scope, String id, String firewallId) {
        tx.run(() -> {
            lock(scope, id);
            firewalls.locked(scope, firewallId);
            Constraints.enforce(() -> store.setFirewall(id, firewallId), DomainError.FIREWALL_NOT_FOUND, firewallId);
        });
    }

    /** Takes a firewall off a load balancer (DisassociateFirewall): it must be the one applied. */
    public void removeFirewall(Scope scope, String id, String firewallId) {
        tx.run(() -> {
            LoadBalancer lb = lock(scope, id);
            firewalls.get(scope, firewallId);
            if (!firewallId.equals(lb.firewallId())) throw new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId);
            store.setFirewall(id, null);
        });
    }

    // ---- listeners

    /** Adds a listener on a port no other listener of the load balancer takes (for the same transport). */
    public Listener createListener(Scope scope, String loadBalancerId, String id, NewListener spec) {
        return tx.call(() -> {
            LoadBalancer lb = lock(scope, loadBalancerId);
            if (lb.listenType() != null && spec.listenType() != null && !lb.listenType().equals(spec.listenType())) {
                throw new DomainException(DomainError.LISTEN_TYPE_MISMATCH, lb.id());
            }
            for (Listener other : store.listenersOf(List.of(lb.id())).getOrDefault(lb.id(), List.of())) {
                if (other.port() == spec.port() && other.sharesPortsWith(spec.protocol())) {
                    throw new DomainException(DomainError.LISTENER_PORT_IN_USE, String.valueOf(spec.port()));
                }
            }
            // in the load balancer's region (a request without RegionId finds it in any)
            Listener l = new Listener(id, scope.cloud(), scope.accountId(), lb.region(), scope.projectId(), lb.id(),
                    spec.name(), spec.protocol(), spec.port(), spec.method(), spec.persistence(), spec.persistenceInfo(),
                    spec.idleTimeout(), spec.healthCheck(), spec.healthDomain(), spec.healthPath(), spec.listenType(),
                    spec.backendPort(), spec.bandwidth(), spec.status(), ListenerSettings.format(spec.settings()),
                    Listener.portFamily(spec.protocol()), serverGroupOf(scope, lb, spec.serverGroupId()), clock.now());
            try {
                store.listeners().insert(l);
            } catch (DataIntegrityViolationException e) {
                // the unique index of (load balancer, port family, port): a listener taken there meanwhile
                throw new DomainException(DomainError.LISTENER_PORT_IN_USE, String.valueOf(spec.port()));
            }
            return l;
        });
    }

    /** The listener of a load balancer of the scope on a port (of a protocol, when given). */
    public Listener listenerAt(Scope scope, String loadBalancerId, int port, String protocol) {
        return tx.read(() -> {
            get(scope, loadBalancerId);
            return store.listenerAt(loadBalancerId, port, protocol)
                    .orElseThrow(() -> new DomainException(DomainError.LISTENER_NOT_FOUND, String.valueOf(port)));
        });
    }

    /** Starts (Listener.RUNNING) or stops (STOPPED) a listener. */
    public void setListenerStatus(Scope scope, String loadBalancerId, String id, String status) {
        tx.run(() -> {
            lockedListener(scope, loadBalancerId, id);
            store.listeners().update(id, Map.of("status", status));
        });
    }

    /** These listeners of the scope, in the order given (an id the scope has not is left out). */
    public List<Listener> listeners(Scope scope, List<String> ids) {
        return tx.read(() -> ids.stream().flatMap(id -> store.listeners().find(scope, id).stream()).toList());
    }

    /** A listener of a load balancer of the scope. */
    public Listener listener(Scope scope, String loadBalancerId, String id) {
        return tx.read(() -> {
            get(scope, loadBalancerId);
            return store.listeners().partOf(scope, id, Listener::loadBalancerId, loadBalancerId,
                    DomainError.LISTENER_NOT_FOUND);
        });
    }

    public void updateListener(Scope scope, String loadBalancerId, String id, ListenerChanges c) {
        tx.run(() -> {
            Listener l = lockedListener(scope, loadBalancerId, id);
            Map<String, Object> changes = RowChanges.from(c);
            boolean settings = c.settings() != null && !c.settings().isEmpty();
            changes.put("settings", settings ? ListenerSettings.merge(l.settings(), c.settings()) : null);
            changes.remove("serverGroupId");
            store.listeners().update(id, changes);
            if (c.serverGroupId() != null) {
                store.forwardTo(id, serverGroupOf(scope, get(scope, l.loadBalancerId()), c.serverGroupId()));
            }
        });
    }

    /**
     * The server group a listener of the load balancer (its row locked) may forward to: one of the load balancer's
     * (SERVER_GROUP_NOT_FOUND otherwise); null or "" for none. Deleting a group locks the load balancer too.
     */
    private String serverGroupOf(Scope scope, LoadBalancer lb, String serverGroupId) {
        if (serverGroupId == null || serverGroupId.isEmpty()) return null;
        ServerGroup g = serverGroups.find(scope, serverGroupId)
                .orElseThrow(() -> new DomainException(DomainError.SERVER_GROUP_NOT_FOUND, serverGroupId));
        if (!g.loadBalancerId().equals(lb.id())) {
            throw new DomainException(DomainError.SERVER_GROUP_NOT_FOUND, serverGroupId);
        }
        return g.id();
    }

    /** Deletes a listener with its backends. */
    public void deleteListener(Scope scope, String loadBalancerId, String id) {
        tx.run(() -> {
            lockedListener(scope, loadBalancerId, id);
            store.listeners().delete(id);
        });
    }

    /** A listener of a load balancer of the scope, the load balancer's row locked for the caller's transaction. */
    public Listener lockedListener(Scope scope, String loadBalancerId, String id) {
        lock(scope, loadBalancerId);
        return store.listeners().partOf(scope, id, Listener::loadBalancerId, loadBalancerId,
                DomainError.LISTENER_NOT_FOUND);
    }

    // ---- backends

    /**
     * Adds an instance of the load balancer's VPC to a listener, on a port it does not serve that listener on yet.
     * The instance's row is locked (after the load balancer's): a concurrent termination either comes first (the
     * instance is not found) or waits and then takes the backend out with the instance.
     */
    public Backend addBackend(Scope scope, String loadBalancerId, String listenerId, String id, NewBackend spec) {
        return tx.call(() -> {
            Listener l = lockedListener(scope, loadBalancerId, listenerId);
            LoadBalancer lb = get(scope, loadBalancerId);
            transitions.settle();
            Instance i = instances.lock(scope, spec.instanceId())
                    .orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, spec.instanceId()));
            if (!lb.vpcId().equals(i.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, i.id());
            if (store.hasTarget(l.id(), i.id(), spec.port())) throw new DomainException(DomainError.BACKEND_EXISTS, i.id());
            Backend b = new Backend(id, scope.cloud(), scope.accountId(), lb.region(), scope.projectId(), lb.id(), l.id(),
                    i.id(), spec.port(), spec.weight(), spec.enabled(), spec.backup(), clock.now());
            Constraints.enforce(() -> store.backends().insert(b), DomainError.BACKEND_EXISTS, i.id());
            return b;
        });
    }

    /** A backend of a load balancer of the scope. */
    public Backend backend(Scope scope, String loadBalancerId, String id) {
        return tx.read(() -> {
            get(scope, loadBalancerId);
            return store.backends().partOf(scope, id, Backend::loadBalancerId, loadBalancerId,
                    DomainError.BACKEND_NOT_FOUND);
        });
    }

    public void updateBackend(Scope scope, String loadBalancerId, String id, BackendChanges c) {
        tx.run(() -> {
            Backend b = lockedBackend(scope, loadBalancerId, id);
            if (c.port() != null && c.port() != b.port() && store.hasTarget(b.listenerId(), b.instanceId(), c.port())) {
                throw new DomainException(DomainError.BACKEND_EXISTS, b.instanceId());
            }
            store.backends().update(id, RowChanges.from(c));
        });
    }

    public void releaseBackend(Scope scope, String loadBalancerId, String id) {
        tx.run(() -> {
            lockedBackend(scope, loadBalancerId, id);
            if (store.inRule(id)) throw new DomainException(DomainError.BACKEND_IN_RULE, id);
            store.backends().delete(id);
        });
    }

    private Backend lockedBackend(Scope scope, String loadBalancerId, String id) {
        lock(scope, loadBalancerId);
        return store.backends().partOf(scope, id, Backend::loadBalancerId, loadBalancerId,
                DomainError.BACKEND_NOT_FOUND);
    }

    // ---- members of the default server pool

    /**
     * Makes servers members of a load balancer's default pool (a member already: its weight and description change).
     * The load balancer is locked, then the servers (instances, then interfaces, each in id order): a concurrent
     * release of a server either comes first (the server is not found) or waits and then takes the member out with
     * the server (the foreign key cascades). Servers of a load balancer in a VPC must be in that VPC.
     */
    public List<Member> addMembers(Scope scope, String loadBalancerId, List<NewMember> servers) {
        return tx.call(() -> {
            LoadBalancer lb = lock(scope, loadBalancerId);
            transitions.settle();
            Map<String, Member> current = new HashMap<>();
            for (Member m : members(lb.id())) current.put(m.serverId(), m);
            Map<String, String> ips = poolServers.lock(scope, lb, servers.stream()
                    .map(m -> new PoolServers.Server(m.serverId(), m.serverType())).toList());
            for (NewMember m : servers) {
                Member had = current.get(m.serverId());
                if (had != null) {
                    store.members().update(had.id(), RowChanges.of("weight", m.weight(), "description", m.description()));
                    continue;
                }
                boolean eni = Member.INTERFACE.equals(m.serverType());
                Member added = new Member(m.id() != null ? m.id() : Ids.random("lbm-", 16), scope.cloud(),
                        scope.accountId(), lb.region(), scope.projectId(), lb.id(), m.serverId(), m.serverType(),
                        eni ? null : m.serverId(),
                        eni ? m.serverId() : null, ips.getOrDefault(m.serverId(), ""), m.weight(),
                        m.description() == null ? "" : m.description(), clock.now());
                store.members().insert(added);
                current.put(m.serverId(), added);
            }
            return members(lb.id());
        });
    }

    /** Sets the weights (and descriptions) of members; a server that is no member is refused. */
    public List<Member> setMembers(Scope scope, String loadBalancerId, List<NewMember> servers) {
        return tx.call(() -> {
            LoadBalancer lb = lock(scope, loadBalancerId);
            Map<String, Member> current = new HashMap<>();
            for (Member m : members(lb.id())) current.put(m.serverId(), m);
            for (NewMember m : servers) {
                if (!current.containsKey(m.serverId())) throw new DomainException(DomainError.BACKEND_NOT_FOUND, m.serverId());
            }
            for (NewMember m : servers) {
                store.members().update(current.get(m.serverId()).id(),
                        RowChanges.of("weight", m.weight(), "description", m.description()));
            }
            return members(lb.id());
        });
    }

    /** Takes servers out of a load balancer's default pool; a server that is no member is passed over. */
    public List<Member> removeMembers(Scope scope, String loadBalancerId, List<String> serverIds) {
        return tx.call(() -> {
            LoadBalancer lb = lock(scope, loadBalancerId);
            for (Member m : members(lb.id())) if (serverIds.contains(m.serverId())) store.members().delete(m.id());
            return members(lb.id());
        });
    }

    private List<Member> members(String loadBalancerId) {
        return store.membersOf(List.of(loadBalancerId)).getOrDefault(loadBalancerId, List.of());
    }

    private LoadBalancer lock(Scope scope, String id) {
        return store.locked(scope, id);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
