package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.security.MembershipStore;
import io.cloudtwin.core.security.Membership;
import io.cloudtwin.core.security.MembershipStore.Members;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * Binding rules between instances (and UCloud's network interfaces) and security groups. Each change runs in one
 * transaction; the "at least one group" rule is checked by SQL statements run under row locks taken instances first,
 * then interfaces, then groups, each in id order.
 */
@Service
public record BindingService(InstanceService instances, InstanceStore instanceStore, InterfaceStore cards,
                             SecurityGroupStore groups, MembershipStore memberships, Transitions transitions,
                             CloudtwinProperties props, Transactions tx) {
    /** Aliyun JoinSecurityGroup: bind one instance (Running or Stopped) to one more group. */
    public void join(Scope scope, String instanceId, String groupId, int priority) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, instanceId);
            SecurityGroup g = groups.get(scope, groupId);
            if (!i.status().allowsBindingChange()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
            // a request without RegionId finds both by id in any region: they must still share one
            if (!i.region().equals(g.region())) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, groupId);
            if (!i.vpcId().isEmpty() && !g.vpcId().isEmpty() && !i.vpcId().equals(g.vpcId())) {
                throw new DomainException(DomainError.NETWORK_MISMATCH, groupId);
            }
            var bound = memberships.bound(instanceId, groupId);
            if (bound.toGroup()) throw new DomainException(DomainError.ALREADY_IN_GROUP, groupId);
            if (bound.total() >= groupLimit()) {
                throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, instanceId);
            }
            // a group deleted meanwhile: its foreign key refuses the membership
            Constraints.enforce(() -> memberships.add(instanceId, groupId, priority, transitions.now()),
                    DomainError.SECURITY_GROUP_NOT_FOUND, groupId);
        });
    }

    /**
     * UCloud AssociateSecGroup: binds every given resource (instances and network interfaces) to every given group (one
     * side holds a single value), or changes the priority of an existing binding. All or nothing: a resource over the
     * group limit undoes it all. Locks instances, then interfaces, then groups, each in id order, like every binding
     * change (see {@link #disassociate}).
     */
    public void associate(Scope scope, List<InstanceService.GroupRef> refs, List<String> resourceIds) {
        tx.run(() -> {
            Set<String> groupIds = new LinkedHashSet<>();
            refs.forEach(r -> groupIds.add(r.groupId()));
            transitions.settle();
            Named named = lockNamed(scope, resourceIds);
            List<SecurityGroup> lockedGroups = groups.lockAll(scope, groupIds);
            requireAll(lockedGroups.stream().map(SecurityGroup::id).toList(), groupIds, DomainError.SECURITY_GROUP_NOT_FOUND);
            requireAll(named.ids(), resourceIds, DomainError.INSTANCE_NOT_FOUND);
            named.hosts().forEach(BindingService::requireChangeable);
            for (SecurityGroup g : lockedGroups) {
                for (Instance i : named.hosts()) requireSameVpc(i.vpcId(), g);
                for (NetworkInterface c : named.cards()) requireSameVpc(c.vpcId(), g);
            }
            var now = transitions.now();
            for (InstanceService.GroupRef r : refs) {
                for (String id : named.hostIds()) {
                    memberships.upsert(Members.INSTANCES, id, r.groupId(), r.priority(), now);
                }
                for (String id : named.cardIds()) {
                    memberships.upsert(Members.INTERFACES, id, r.groupId(), r.priority(), now);
                }
            }
            String over = memberships.firstOverLimit(Members.INSTANCES, named.hostIds(), groupLimit());
            if (over == null) over = memberships.firstOverLimit(Members.INTERFACES, named.cardIds(), groupLimit());
            if (over != null) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, over);
        });
    }

    private static void requireSameVpc(String vpcId, SecurityGroup g) {
        if (!vpcId.isEmpty() && !g.vpcId().isEmpty() && !vpcId.equals(g.vpcId())) {
            throw new DomainException(DomainError.NETWORK_MISMATCH, g.id());
        }
    }

    /** The named resources of the scope that exist, locked: its instances, then its network interfaces, in id order. */
    private record Named(List<Instance> hosts, List<NetworkInterface> cards) {
        List<String> hostIds() {
            return hosts.stream().map(Instance::id).toList();
        }

        List<String> cardIds() {
            return cards.stream().map(NetworkInterface::id).toList();
        }

        List<String> ids() {
            List<String> all = new ArrayList<>(hostIds());
            all.addAll(cardIds());
            return all;
        }
    }

    private Named lockNamed(Scope scope, Collection<String> ids) {
        List<Instance> hosts = instanceStore.lockAll(scope, ids);
        Set<String> rest = new TreeSet<>(ids);
        hosts.forEach(i -> rest.remove(i.id()));
        List<NetworkInterface> found = new ArrayList<>();
        for (String id : rest) cards.lock(scope, id).ifPresent(found::add);
        return new Named(hosts, found);
    }

    /**
     * UCloud DisassociateSecGroup. Only groups: unbind every resource of those groups. Only resources: unbind every
     * group of those resources. Both: the named pairs. Without force no resource may end with zero groups, and then
     * nothing changes at all. The check and the removal are one statement each, whatever the number of bindings. A
     * resource is an instance or a network interface (a UCloud UNI in security-group mode); each kind's bindings are
     * selected, checked and removed alike, and locked as an instance's are (an interface's row where a host's would
     * be).
     * <p>
     * Locking, so that two unbinds that each leave a host one group cannot together leave it none: every unbind
     * locks the named instances (none when only groups are named), then, in id order, the groups whose bindings it
     * removes and, when it names no hosts or no groups, every group of every host that loses a binding. Two unbinds
     * touching one host therefore always share a lock: both name it (its row), or one names no hosts and locks every
     * group of the host, the group the other removes included (its binding is still there to be seen), or neither
     * names hosts and both lock every group of the host. A whole-group unbind of 10,000 hosts thus locks the few
     * groups of those hosts instead of 10,000 instance rows; an unbind of named pairs locks its hosts and groups
     * only. Instances are always locked before interfaces (as attaching one locks them) and both before groups, on
     * every path, so lockers cannot deadlock. Returns the number of bindings removed.
     */
    public int disassociate(Scope scope, List<String> groupIds, List<String> resourceIds, boolean force) {
        return tx.call(() -> {
            transitions.settle();
            Named named = lockNamed(scope, resourceIds);
            var hostSelection = selection(Members.INSTANCES, groupIds, resourceIds, named.hostIds());
            var cardSelection = selection(Members.INTERFACES, groupIds, resourceIds, named.cardIds());
            Set<String> toLock = new TreeSet<>(groupIds);
            if (groupIds.isEmpty() || resourceIds.isEmpty()) {
                toLock.addAll(memberships.groupsOfMembersIn(hostSelection));
                toLock.addAll(memberships.groupsOfMembersIn(cardSelection));
            }
            requireAll(groups.lockAll(scope, toLock).stream().map(SecurityGroup::id).toList(), groupIds,
                    DomainError.SECURITY_GROUP_NOT_FOUND);
            requireAll(named.ids(), resourceIds, DomainError.INSTANCE_NOT_FOUND);
            named.hosts().forEach(BindingService::requireChangeable);
            // named hosts were checked just above; only an unbind by groups alone reaches hosts it has not read
            String blocked = resourceIds.isEmpty() ? memberships.firstBlockedHost(hostSelection) : null;
            if (blocked != null) {
                throw new DomainException(instanceStore.isLocked(blocked) ? DomainError.INSTANCE_LOCKED
                        : DomainError.INCORRECT_INSTANCE_STATUS, blocked);
            }
            if (!force) {
                String orphan = memberships.firstOrphaned(hostSelection);
                if (orphan == null) orphan = memberships.firstOrphaned(cardSelection);
                if (orphan != null) throw new DomainException(DomainError.LAST_GROUP, orphan);
            }
            return memberships.removeAll(hostSelection) + memberships.removeAll(cardSelection);
        });
    }

    /**
     * The bindings of one kind of member an unbind removes: by the groups alone when no resource is named; else the
     * named members of that kind (with the groups, when named too), or nothing when none of that kind is named.
     */
    private static MembershipStore.Selection selection(Members of, List<String> groupIds, List<String> resourceIds,
                                                       List<String> named) {
        if (resourceIds.isEmpty()) return new MembershipStore.Selection(of, groupIds, List.of());
        return new MembershipStore.Selection(of, named.isEmpty() ? List.of() : groupIds, named);
    }

    /**
     * UCloud UpdateSecGroupAssociation: one resource leaves these groups, then joins those (or takes their new
     * priority), in one transaction; its other groups stay. A group to leave that it is not in (NOT_IN_GROUP), a group
     * to join of another VPC or over the limit undo it all. Locks the resource (an instance or a network interface),
     * then every group named in id order before either step, as every binding change locks (see {@link #disassociate}).
     */
    public void replace(Scope scope, String resourceId, List<String> leaving, List<InstanceService.GroupRef> joining) {
        tx.run(() -> {
            transitions.settle();
            Named named = lockNamed(scope, List.of(resourceId));
            requireAll(named.ids(), List.of(resourceId), DomainError.INSTANCE_NOT_FOUND);
            Members kind = named.hosts().isEmpty() ? Members.INTERFACES : Members.INSTANCES;
            Set<String> all = new TreeSet<>(leaving);
            joining.forEach(r -> all.add(r.groupId()));
            requireAll(groups.lockAll(scope, all).stream().map(SecurityGroup::id).toList(), all,
                    DomainError.SECURITY_GROUP_NOT_FOUND);
            List<String> left = List.copyOf(new LinkedHashSet<>(leaving));
            for (String g : left) {
                if (!memberships.exists(kind, resourceId, g)) throw new DomainException(DomainError.NOT_IN_GROUP, g);
            }
            disassociate(scope, left, List.of(resourceId), true);
            associate(scope, joining, List.of(resourceId));
        });
    }

    /** What a group binds, one page, and how many in all. */
    public record GroupMembers(List<Instance> hosts, List<NetworkInterface> cards, long total) {}

    /** The instances bound to a group of the scope, in id order, then its network interfaces, in id order: one page. */
    public GroupMembers membersOf(Scope scope, String groupId, int offset, int limit) {
        return tx.call(() -> {
            groups.get(scope, groupId);
            transitions.settle();
            long hostCount = memberships.countForGroup(Members.INSTANCES, groupId);
            List<String> hostIds = offset >= hostCount ? List.of() : memberships
                    .forGroup(Members.INSTANCES, groupId, offset, limit).stream().map(Membership::instanceId).toList();
            int left = limit - hostIds.size();
            List<String> cardIds = left <= 0 ? List.of() : memberships.forGroup(Members.INTERFACES, groupId,
                    (int) Math.max(0, offset - hostCount), left).stream().map(Membership::instanceId).toList();
            return new GroupMembers(instanceStore.byIds(hostIds), cards.byIds(cardIds),
                    hostCount + memberships.countForGroup(Members.INTERFACES, groupId));
        });
    }

    /**
     * Like the Aliyun side (lockUnlocked, allowsBindingChange): no binding change on an instance locked by the admin
     * API or in an in-between power state (Pending, Starting, Stopping).
     */
    private static void requireChangeable(Instance i) {
        if (i.lockReason() != null) throw new DomainException(DomainError.INSTANCE_LOCKED, i.id());
        if (!i.status().allowsBindingChange()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, i.id());
    }

    /** Throws error for the first wanted id (in the caller's order) that is not among found. */
    private static void requireAll(List<String> found, Collection<String> wanted, DomainError error) {
        Set<String> have = new HashSet<>(found);
        for (String w : wanted) if (!have.contains(w)) throw new DomainException(error, w);
    }

    /**
     * Aliyun LeaveSecurityGroup: unbind one instance from one group; the instance keeps at least one group. Locks the
     * instance, then the group it leaves (see {@link #disassociate} for why the group).
     */
    public void leave(Scope scope, String instanceId, String groupId) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, instanceId);
            groups.locked(scope, groupId);
            if (!i.status().allowsBindingChange()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
            if (memberships.removeKeepingOne(instanceId, groupId) == 1) return;
            boolean member = memberships.exists(Members.INSTANCES, instanceId, groupId);
            throw new DomainException(member ? DomainError.LAST_GROUP : DomainError.NOT_IN_GROUP, groupId);
        });
    }

    private int groupLimit() {
        return props.limits().groupsPerInstance();
    }
}
