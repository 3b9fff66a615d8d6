package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;
import io.cloudtwin.core.tag.LabelStore;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.core.tag.TagStore;

/**
 * Secondary network interfaces: created in a subnet with a private address from it (under the subnet's lock, as
 * instances are), carrying their own security groups - never none: the last-group rule holds per interface, checked
 * under the interface's row lock - and attached to at most one instance of the same VPC and zone.
 * Lock order: VPC, subnet, then instance, then interface, then groups in id order (BindingService's order, with
 * interfaces after instances).
 */
@Service
public record InterfaceService(InterfaceStore store, NetworkService networks, SecurityGroupStore groups,
                               InstanceStore instances, Transitions transitions, TagStore tags, ElasticIpService eips,
                               RouteService routes, PrivateAddressService addresses, LabelStore labels,
                               Transactions tx) {
    /** The labels that keep an interface's Settings. */
    private static final List<String> SETTINGS = List.of(LabelStore.TRAFFIC_MODE, LabelStore.QUEUE_NUMBER,
            LabelStore.QUEUE_PAIR_NUMBER, LabelStore.SOURCE_DEST_CHECK, LabelStore.NETWORK_CARD_INDEX);

    /** Secondary interfaces an instance may have attached. */
    public static final int PER_INSTANCE = 2;

    /**
     * How an interface (or an instance's primary one) carries traffic, kept beside its row: its traffic mode where not
     * the standard one, its queues and queue pairs, whether it checks source and destination, and the network card it
     * is on while attached. Null: not given (in a change: as it is).
     */
    public record Settings(String trafficMode, Integer queueNumber, Integer queuePairNumber, Boolean sourceDestCheck,
                           Integer networkCardIndex) {
        public static final Settings NONE = new Settings(null, null, null, null, null);

        /** These settings on that network card. */
        public Settings onCard(Integer index) {
            return new Settings(trafficMode, queueNumber, queuePairNumber, sourceDestCheck, index);
        }
    }

    /**
     * A secondary interface an instance is launched with: the existing interface existingId, else a new one in
     * subnetId (ip, else the lowest free address; ipv6 and ipv6Count more IPv6 addresses; groupIds; name and
     * description); settings: how it carries traffic; deleteOnRelease: it is deleted with the instance.
     */
    public record Launched(String existingId, String subnetId, String ip, List<String> ipv6, int ipv6Count,
                           List<String> groupIds, String name, String description, Settings settings,
                           boolean deleteOnRelease) {}

    /**
     * A new interface in the subnet with its primary address (ip, else the lowest free one), secondary ones (the
     * requested, and secondaryCount more of the lowest free) and IPv6 ones (the requested and ipv6Count more), all
     * or none.
     */
    public NetworkInterface create(Scope scope, String subnetId, String ip, List<String> secondaries,
                                   int secondaryCount, List<String> ipv6, int ipv6Count, List<String> groupIds,
                                   String name, String description, Map<String, String> tagged) {
        return tx.call(() -> {
            Subnet s = networks.subnet(scope, subnetId);
            networks.lockVpc(scope, s.vpcId());
            Subnet locked = networks.lockSubnet(scope, subnetId);
            String id = insert(scope, locked, ip, name, description);
            addresses.assignLocked(locked, id, secondaries, secondaryCount);
            addresses.assignIpv6Locked(locked, id, ipv6, ipv6Count);
            setGroups(scope, id, s.vpcId(), groupIds);
            // tags through the store: TagService itself looks interfaces up here (no cycle between the two services)
            tagged.forEach((k, v) -> tags.put(scope, ResourceType.NETWORK_INTERFACE.stored(), id, k, v == null ? "" : v));
            if (tags.count(id) > TagService.TAGS_PER_RESOURCE) throw new DomainException(DomainError.TAG_LIMIT_EXCEEDED, id);
            return store.find(scope, id).orElseThrow();
        });
    }

    /**
     * A new interface of the subnet, which must be of that VPC, with its private address (ip, else the lowest free
     * one) and no security groups (UCloud's UNI).
     */
    public NetworkInterface create(Scope scope, String vpcId, String subnetId, String ip, String name,
                                   String description) {
        return create(scope, vpcId, subnetId, ip, name, description, List.of(), 0);
    }

    /**
     * As above, bound to security groups of the VPC with their priorities (UCloud's PrioritySecGroup; at most limit:
     * else GROUP_LIMIT_EXCEEDED; each once, else ALREADY_IN_GROUP), each locked after the subnet, in id order:
     * SECURITY_GROUP_NOT_FOUND, GROUP_VPC_MISMATCH.
     */
    public NetworkInterface create(Scope scope, String vpcId, String subnetId, String ip, String name,
                                   String description, List<InstanceService.GroupRef> groupRefs, int limit) {
        return tx.call(() -> {
            networks.lockVpc(scope, vpcId);
            Subnet locked = networks.lockSubnet(scope, subnetId);
            if (!locked.vpcId().equals(vpcId)) throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
            if (groupRefs.size() > limit) {
                throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, subnetId);
            }
            Set<String> wanted = new TreeSet<>(groupRefs.stream().map(InstanceService.GroupRef::groupId).toList());
            if (wanted.size() < groupRefs.size()) throw new DomainException(DomainError.ALREADY_IN_GROUP, subnetId);
            lockGroupsOf(scope, vpcId, wanted);
            String id = insert(scope, locked, ip, name, description);
            store.bindGroups(id, groupRefs.stream()
                    .sorted(Comparator.comparingInt(InstanceService.GroupRef::priority)).toList());
            return store.find(scope, id).orElseThrow();
        });
    }

    /** The security groups of each of these interfaces with their priorities (0: none given), in binding order. */
    public Map<String, List<InstanceService.GroupRef>> prioritiesOf(List<String> ids) {
        return tx.read(() -> store.prioritiesOf(ids));
    }

    /** Inserts an interface of the locked subnet with its primary address; answers its id. */
    private String insert(Scope scope, Subnet subnet, String ip, String name, String description) {
        String id = Ids.Shape.NETWORK_INTERFACE.next(scope.cloud());
        String address = networks.allocate(subnet, id, ip);
        store.insert(new NetworkInterface(id, scope.cloud().key(), scope.accountId(), scope.region(), subnet.vpcId(),
                subnet.id(), subnet.zone(), address, name, description, null, transitions.now(), scope.projectId()));
        return id;
    }

    /**
     * Gives a new instance its launched interfaces, in the transaction that creates it (which holds the instance's
     * row, its subnet's and its VPC's): each created or found, then attached under the attachment's rules.
     */
    public void launch(Scope scope, String instanceId, List<Launched> wanted) {
        tx.run(() -> {
            for (Launched l : wanted) {
                String id = l.existingId() != null ? l.existingId()
                        : create(scope, l.subnetId(), l.ip(), List.of(), 0, l.ipv6(), l.ipv6Count(), l.groupIds(),
                                l.name(), l.description(), Map.of()).id();
                attach(scope, id, instanceId);
                configure(scope, id, l.settings(), l.deleteOnRelease() ? Boolean.TRUE : null);
            }
        });
    }

    /**
     * What an interface carries beside its row, under its lock: how it carries traffic and whether it is deleted with
     * the instance it is attached to (null: as it is).
     */
    public void configure(Scope scope, String id, Settings settings, Boolean deleteOnRelease) {
        tx.run(() -> {
            lockInterface(scope, id);
            keep(ResourceType.NETWORK_INTERFACE, id, settings);
            flag(ResourceType.NETWORK_INTERFACE, id, LabelStore.DELETE_ON_RELEASE, deleteOnRelease);
        });
    }

    /** Keeps the settings of an interface, or of an instance's primary one (kind INSTANCE), locked by the caller. */
    public void keep(ResourceType kind, String id, Settings s) {
        if (s.trafficMode() != null) labels.put(kind, id, LabelStore.TRAFFIC_MODE, s.trafficMode());
        if (s.queueNumber() != null) labels.put(kind, id, LabelStore.QUEUE_NUMBER, s.queueNumber().toString());
        if (s.queuePairNumber() != null) {
            labels.put(kind, id, LabelStore.QUEUE_PAIR_NUMBER, s.queuePairNumber().toString());
        }
        flag(kind, id, LabelStore.SOURCE_DEST_CHECK, s.sourceDestCheck());
        if (s.networkCardIndex() != null) {
            labels.put(kind, id, LabelStore.NETWORK_CARD_INDEX, s.networkCardIndex().toString());
        }
    }

    /** A label that is there (value true) or not; null: as it is. */
    private void flag(ResourceType kind, String id, String label, Boolean on) {
        if (Boolean.TRUE.equals(on)) labels.put(kind, id, label, "true");
        else if (on != null) labels.remove(id, label);
    }

    /** The settings of these interfaces (or instances, for their primary ones), by id; NONE where none was given. */
    public Map<String, Settings> settingsOf(Collection<String> ids) {
        return tx.read(() -> {
            var kept = labels.of(ids, SETTINGS);
            Map<String, Settings> out = new HashMap<>();
            for (String id : ids) {
                Map<String, String> l = kept.getOrDefault(id, Map.of());
                out.put(id, new Settings(l.get(LabelStore.TRAFFIC_MODE), number(l.get(LabelStore.QUEUE_NUMBER)),
                        number(l.get(LabelStore.QUEUE_PAIR_NUMBER)),
                        l.containsKey(LabelStore.SOURCE_DEST_CHECK) ? Boolean.TRUE : null,
                        number(l.get(LabelStore.NETWORK_CARD_INDEX))));
            }
            return out;
        });
    }

    private static Integer number(String label) {
        return label == null ? null : Integer.valueOf(label);
    }

    /** Which of these interfaces are deleted with the instance they are attached to. */
    public Set<String> deletedOnRelease(Collection<String> ids) {
        return tx.read(() -> Set.copyOf(labels.of(ids, LabelStore.DELETE_ON_RELEASE).keySet()));
    }

    /** The interfaces attached to an instance (locked by the caller) that are to be deleted with it. */
    public List<String> releasedWith(String instanceId) {
        var attached = store.attachedToAny(List.of(instanceId)).stream().map(NetworkInterface::id).toList();
        return List.copyOf(labels.of(attached, LabelStore.DELETE_ON_RELEASE).keySet());
    }

    /** The interfaces attached to each of these instances, in creation order. */
    public Map<String, List<NetworkInterface>> attachedTo(Collection<String> instanceIds) {
        Map<String, List<NetworkInterface>> out = new HashMap<>();
        tx.read(() -> store.attachedToAny(instanceIds))
                .forEach(n -> out.computeIfAbsent(n.instanceId(), k -> new ArrayList<>()).add(n));
        return out;
    }

    /** The scope's interface of that id, if any. */
    public Optional<NetworkInterface> find(Scope scope, String id) {
        return tx.read(() -> store.find(scope, id));
    }

    public NetworkInterface get(Scope scope, String id) {
        return tx.read(() -> {
            return store.find(scope, id).orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, id));
        });
    }

    public List<NetworkInterface> list(Scope scope) {
        return tx.read(() -> store.list(scope));
    }

    public Map<String, List<String>> groupsOf(List<String> ids) {
        return tx.read(() -> store.groupsOf(ids));
    }

    /**
     * Renames, re-describes, (groupIds not null) replaces the interface's groups, changes the settings given and
     * (deleteOnRelease not null) says whether it goes with its instance.
     */
    public void modify(Scope scope, String id, String name, String description, List<String> groupIds,
                       Settings settings, Boolean deleteOnRelease) {
        tx.run(() -> {
            NetworkInterface r = lockInterface(scope, id);
            if (groupIds != null) setGroups(scope, id, r.vpcId(), groupIds);
            if (name != null || description != null) store.update(id, name, description);
            configure(scope, id, settings, deleteOnRelease);
        });
    }

    public void attach(Scope scope, String id, String instanceId) {
        attach(scope, id, instanceId, null);
    }

    /** Attaches the interface to the instance, on that network card (null: none said, the first, 0). */
    public void attach(Scope scope, String id, String instanceId, Integer networkCardIndex) {
        attach(scope, id, instanceId, networkCardIndex, PER_INSTANCE);
    }

    /**
     * Attaches the interface to an instance of its VPC (and zone, where both have one) that has fewer than limit
     * interfaces attached: INTERFACE_STATE when it is attached already, INTERFACE_VPC_MISMATCH, ZONE_MISMATCH,
     * INTERFACE_LIMIT_EXCEEDED.
     */
    public void attach(Scope scope, String id, String instanceId, Integer networkCardIndex, int limit) {
        tx.run(() -> {
            Instance i = instances.lock(scope, instanceId).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            NetworkInterface r = lockInterface(scope, id);
            if (r.instanceId() != null) throw new DomainException(DomainError.INTERFACE_STATE, id);
            if (!i.vpcId().equals(r.vpcId())) throw new DomainException(DomainError.INTERFACE_VPC_MISMATCH, id);
            if (!i.zone().isEmpty() && !r.zone().isEmpty() && !i.zone().equals(r.zone())) throw new DomainException(DomainError.ZONE_MISMATCH, id);
            if (store.attachedTo(instanceId) >= limit) throw new DomainException(DomainError.INTERFACE_LIMIT_EXCEEDED, instanceId);
            store.attach(id, instanceId);
            // a new attachment: an interface detached by its instance's deletion may still carry its last card
            if (networkCardIndex == null) labels.remove(id, LabelStore.NETWORK_CARD_INDEX);
            else keep(ResourceType.NETWORK_INTERFACE, id, Settings.NONE.onCard(networkCardIndex));
        });
    }

    public void detach(Scope scope, String id, String instanceId) {
        tx.run(() -> {
            instances.lock(scope, instanceId).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            NetworkInterface r = lockInterface(scope, id);
            if (!instanceId.equals(r.instanceId())) throw new DomainException(DomainError.INTERFACE_STATE, id);
            store.attach(id, null);
            labels.remove(id, LabelStore.NETWORK_CARD_INDEX);
        });
    }

    /** Deletes a detached interface, its address, its tags and labels. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            NetworkInterface r = lockInterface(scope, id);
            if (r.instanceId() != null) throw new DomainException(DomainError.INTERFACE_STATE, id);
            routes.requireNoEntryTo(id);
            eips.targetDeleted(id);
            store.delete(id);
            networks.release(id);
            tags.forget(id);
        });
    }

    /** Locks the scope's interface of that id until the transaction ends; INTERFACE_NOT_FOUND if there is none. */
    private NetworkInterface lockInterface(Scope scope, String id) {
        return store.lock(scope, id).orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, id));
    }

    /**
     * JoinSecurityGroup on a secondary interface: the interface's row, then the group's (the order of every locker).
     * Refusals in the instance path's words: SECURITY_GROUP_NOT_FOUND, NETWORK_MISMATCH, ALREADY_IN_GROUP,
     * GROUP_LIMIT_EXCEEDED.
     */
    public void join(Scope scope, String id, String groupId, int limit) {
        tx.run(() -> {
            NetworkInterface r = lockInterface(scope, id);
            SecurityGroup g = groups.locked(scope, groupId);
            if (!g.vpcId().equals(r.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, groupId);
            List<String> current = store.groupsOf(List.of(id)).getOrDefault(id, List.of());
            if (current.contains(groupId)) throw new DomainException(DomainError.ALREADY_IN_GROUP, groupId);
            if (current.size() >= limit) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, id);
            List<String> next = new ArrayList<>(current);
            next.add(groupId);
            store.replaceGroups(id, next);
        });
    }

    /** LeaveSecurityGroup on a secondary interface: one conditional statement keeps it at least one group. */
    public void leave(Scope scope, String id, String groupId) {
        tx.run(() -> {
            lockInterface(scope, id);
            groups.locked(scope, groupId);
            if (store.removeKeepingOne(id, groupId) == 1) return;
            boolean member = store.groupsOf(List.of(id)).getOrDefault(id, List.of()).contains(groupId);
            throw new DomainException(member ? DomainError.LAST_GROUP : DomainError.NOT_IN_GROUP, groupId);
        });
    }

    /** Replaces the groups of a locked interface: at least one, all existing, all in its VPC. */
    private void setGroups(Scope scope, String id, String vpcId, List<String> groupIds) {
        Set<String> wanted = new LinkedHashSet<>(groupIds);
        if (wanted.isEmpty()) throw new DomainException(DomainError.GROUP_REQUIRED, id);
        lockGroupsOf(scope, vpcId, wanted);
        store.replaceGroups(id, wanted);
    }

    /**
     * Locks the scope's groups of these ids, in id order; each must exist (SECURITY_GROUP_NOT_FOUND) and be of the
     * VPC (GROUP_VPC_MISMATCH), checked in the order given.
     */
    private void lockGroupsOf(Scope scope, String vpcId, Collection<String> groupIds) {
        if (groupIds.isEmpty()) return;
        Map<String, SecurityGroup> locked = new HashMap<>();
        groups.lockAll(scope, new TreeSet<>(groupIds)).forEach(g -> locked.put(g.id(), g));
        for (String g : groupIds) {
            SecurityGroup sg = locked.get(g);
            if (sg == null) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, g);
            if (!sg.vpcId().equals(vpcId)) throw new DomainException(DomainError.GROUP_VPC_MISMATCH, g);
        }
    }
}
