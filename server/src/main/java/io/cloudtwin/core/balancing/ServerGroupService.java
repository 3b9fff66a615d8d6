package io.cloudtwin.core.balancing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.Transitions;
import io.cloudtwin.core.tag.TagService;

/**
 * Server groups of load balancers (Aliyun SLB's VServer groups). Rules: a group belongs to one load balancer and
 * goes with it; its members are servers of the load balancer's pools ({@link PoolServers}: its VPC's instances and
 * interfaces), each once per port (the unique index); a group a listener forwards to, or a listener's rule sends to,
 * is not deleted (SERVER_GROUP_IN_USE). Locks: the load balancer's row first (as every change of its listeners and
 * rules takes it), then the servers.
 */
@Service
public record ServerGroupService(ServerGroupStore store, LoadBalancerStore loadBalancers, PoolServers servers,
                                 Transitions transitions, WallClock clock, TagService tags, ListenerRuleStore rules,
                                 Transactions tx) {
    /** A server on a port, with its weight and description (null: as it is, or the default), and role ("" or null: none). */
    public record NewMember(String serverId, String serverType, int port, Integer weight, String description,
                            String role) {}

    /** A group with its members (in the order they joined), the listeners that forward to it and the rules that do. */
    public record View(ServerGroup group, List<ServerGroupMember> members, List<Listener> listeners,
                       List<ListenerRule> rules) {}

    /** A new VServer group of the load balancer with its first members (weight 100 by default); id: the group's. */
    public View create(Scope scope, String loadBalancerId, String id, String name, List<NewMember> members,
                       Map<String, String> tagged) {
        return create(scope, loadBalancerId, id, ServerGroup.VSERVER, name, members, tagged);
    }

    /** A new group of that kind (ServerGroup.VSERVER or MASTER_SLAVE, whose members the caller gave their roles). */
    public View create(Scope scope, String loadBalancerId, String id, String kind, String name, List<NewMember> members,
                       Map<String, String> tagged) {
        return tx.call(() -> {
            LoadBalancer lb = loadBalancers.locked(scope, loadBalancerId);
            ServerGroup g = new ServerGroup(id, scope.cloud(), scope.accountId(), lb.region(), scope.projectId(), lb.id(),
                    name == null ? "" : name, kind, clock.now());
            store.insert(g);
            tags.tagNew(scope, ResourceType.SERVER_GROUP, id, tagged);
            put(scope, lb, g, members);
            return view(g);
        });
    }

    /** A VServer group (a group of another kind is not found). */
    public View get(Scope scope, String id) {
        return tx.read(() -> get(scope, id, ServerGroup.VSERVER));
    }

    /** Whether the scope has a group of that id and kind. */
    public boolean exists(Scope scope, String id, String kind) {
        return tx.read(() -> store.find(scope, id).filter(g -> g.kind().equals(kind)).isPresent());
    }

    /** A group of that kind (a group of another kind is not found). */
    public View get(Scope scope, String id, String kind) {
        return tx.read(() -> view(ofKind(store.get(scope, id), kind)));
    }

    /** The groups of a load balancer of the scope, in creation order, narrowed to a name (null: any). */
    public List<View> ofLoadBalancer(Scope scope, String loadBalancerId, String name) {
        return tx.read(() -> {
            loadBalancers.get(scope, loadBalancerId);
            return store.groupsOf(List.of(loadBalancerId)).getOrDefault(loadBalancerId, List.of()).stream()
                    .filter(g -> name == null || g.name().equals(name)).map(this::view).toList();
        });
    }

    /**
     * Renames the group (name not null) and sets the weights and descriptions of members it has (else
     * BACKEND_NOT_FOUND).
     */
    public View modify(Scope scope, String id, String name, List<NewMember> members) {
        return tx.call(() -> {
            ServerGroup g = lock(scope, id, ServerGroup.VSERVER);
            if (name != null) store.update(id, RowChanges.of("name", name));
            Map<String, ServerGroupMember> current = current(g);
            for (NewMember m : members) {
                ServerGroupMember had = current.get(key(m.serverId(), m.port()));
                if (had == null) throw new DomainException(DomainError.BACKEND_NOT_FOUND, m.serverId());
                store.members().update(had.id(), RowChanges.of("weight", m.weight(), "description", m.description()));
            }
            return get(scope, id);
        });
    }

    /** Adds servers on ports (a server already on that port gets the new weight and description). */
    public View add(Scope scope, String id, List<NewMember> members) {
        return tx.call(() -> {
            ServerGroup g = lock(scope, id, ServerGroup.VSERVER);
            put(scope, loadBalancers.get(scope, g.loadBalancerId()), g, members);
            return view(g);
        });
    }

    /** Takes servers off ports (a server not on that port is passed over). */
    public View remove(Scope scope, String id, List<NewMember> members) {
        return tx.call(() -> {
            ServerGroup g = lock(scope, id, ServerGroup.VSERVER);
            Map<String, ServerGroupMember> current = current(g);
            for (NewMember m : members) {
                ServerGroupMember had = current.remove(key(m.serverId(), m.port()));
                if (had != null) store.members().delete(had.id());
            }
            return view(g);
        });
    }

    /** Replaces servers on ports by others, all or none: each old one must be a member (BACKEND_NOT_FOUND). */
    public View replace(Scope scope, String id, List<NewMember> old, List<NewMember> replacements) {
        return tx.call(() -> {
            ServerGroup g = lock(scope, id, ServerGroup.VSERVER);
            Map<String, ServerGroupMember> current = current(g);
            for (NewMember m : old) {
                ServerGroupMember had = current.remove(key(m.serverId(), m.port()));
                if (had == null) throw new DomainException(DomainError.BACKEND_NOT_FOUND, m.serverId());
                store.members().delete(had.id());
            }
            put(scope, loadBalancers.get(scope, g.loadBalancerId()), g, replacements);
            return view(g);
        });
    }

    /** Deletes a VServer group no listener forwards to and no rule sends to, with its members and tags. */
    public void delete(Scope scope, String id) {
        delete(scope, id, ServerGroup.VSERVER);
    }

    /** The same, for a group of that kind (a group of another kind is not found). */
    public void delete(Scope scope, String id, String kind) {
        tx.run(() -> {
            ServerGroup g = lock(scope, id, kind);
            Predicate<Listener> forwards = l -> id.equals(l.serverGroupId());
            if (loadBalancers.listenersOf(List.of(g.loadBalancerId())).getOrDefault(g.loadBalancerId(), List.of())
                    .stream().anyMatch(forwards)) {
                throw new DomainException(DomainError.SERVER_GROUP_IN_USE, id);
            }
            if (!rules.sendingTo(List.of(id)).isEmpty()) throw new DomainException(DomainError.SERVER_GROUP_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The groups of each of these load balancers, with their members, for the state document. */
    public Map<String, List<View>> ofLoadBalancers(Collection<String> loadBalancerIds) {
        return tx.read(() -> {
            Map<String, List<View>> out = new HashMap<>();
            store.groupsOf(loadBalancerIds).forEach((lb, groups) -> out.put(lb, groups.stream().map(this::view).toList()));
            return out;
        });
    }

    /** Makes the servers members on their ports; they are locked after the group's load balancer. */
    private void put(Scope scope, LoadBalancer lb, ServerGroup g, List<NewMember> members) {
        if (members.isEmpty()) return;
        transitions.settle();
        Map<String, String> ips = servers.lock(scope, lb, members.stream()
                .map(m -> new PoolServers.Server(m.serverId(), m.serverType())).toList());
        Map<String, ServerGroupMember> current = current(g);
        for (NewMember m : members) {
            ServerGroupMember had = current.get(key(m.serverId(), m.port()));
            if (had != null) {
                store.members().update(had.id(), RowChanges.of("weight", m.weight(), "description", m.description()));
                continue;
            }
            boolean eni = Member.INTERFACE.equals(m.serverType());
            ServerGroupMember added = new ServerGroupMember(Ids.random("vsgm-", 16), g.cloud(), g.accountId(),
                    g.region(), g.projectId(), g.id(), m.serverId(), m.serverType(), eni ? null : m.serverId(),
                    eni ? m.serverId() : null, ips.getOrDefault(m.serverId(), ""), m.port(),
                    m.weight() == null ? 100 : m.weight(), m.description() == null ? "" : m.description(),
                    m.role() == null ? "" : m.role(), clock.now());
            store.members().insert(added);
            current.put(key(m.serverId(), m.port()), added);
        }
    }

    /** The group, its load balancer's row locked first. */
    /** The group of that kind (another kind: not found), its load balancer's row locked. */
    private ServerGroup lock(Scope scope, String id, String kind) {
        ServerGroup seen = ofKind(store.get(scope, id), kind);
        loadBalancers.locked(scope, seen.loadBalancerId(), DomainError.SERVER_GROUP_NOT_FOUND);
        return store.get(scope, id);
    }

    private static ServerGroup ofKind(ServerGroup g, String kind) {
        if (!g.kind().equals(kind)) throw new DomainException(DomainError.SERVER_GROUP_NOT_FOUND, g.id());
        return g;
    }

    private Map<String, ServerGroupMember> current(ServerGroup g) {
        Map<String, ServerGroupMember> out = new HashMap<>();
        for (ServerGroupMember m : store.membersOf(List.of(g.id())).getOrDefault(g.id(), List.of())) {
            out.put(key(m.serverId(), m.port()), m);
        }
        return out;
    }

    private View view(ServerGroup g) {
        List<Listener> forwarding = new ArrayList<>();
        for (Listener l : loadBalancers.listenersOf(List.of(g.loadBalancerId())).getOrDefault(g.loadBalancerId(),
                List.of())) {
            if (g.id().equals(l.serverGroupId())) forwarding.add(l);
        }
        return new View(g, store.membersOf(List.of(g.id())).getOrDefault(g.id(), List.of()), forwarding,
                rules.sendingTo(List.of(g.id())).getOrDefault(g.id(), List.of()));
    }

    private static String key(String serverId, int port) {
        return serverId + ":" + port;
    }
}
