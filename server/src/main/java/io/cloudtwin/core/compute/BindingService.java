package io.cloudtwin.core.compute;

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
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * Binding rules between instances and security groups. Each change runs in one transaction; the "at least one group"
 * rule is checked by SQL statements run under row locks taken instances first, then groups, each in id order.
 */
@Service
public record BindingService(InstanceService instances, InstanceStore instanceStore, SecurityGroupStore groups,
                             MembershipStore memberships, Transitions transitions, CloudtwinProperties props,
                             Transactions tx) {
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
     * UCloud AssociateSecGroup: binds every given resource to every given group (one side holds a single value),
     * or changes the priority of an existing binding. All or nothing: a resource over the group limit undoes it all.
     * Locks instances, then groups, each in id order, like every binding change (see {@link #disassociate}).
     */
    public void associate(Scope scope, List<InstanceService.GroupRef> refs, List<String> instanceIds) {
        tx.run(() -> {
            Set<String> groupIds = new LinkedHashSet<>();
            refs.forEach(r -> groupIds.add(r.groupId()));
            transitions.settle();
            List<Instance> locked = instanceStore.lockAll(scope, instanceIds);
            List<String> hosts = locked.stream().map(Instance::id).toList();
            List<SecurityGroup> lockedGroups = groups.lockAll(scope, groupIds);
            requireAll(lockedGroups.stream().map(SecurityGroup::id).toList(), groupIds, DomainError.SECURITY_GROUP_NOT_FOUND);
            requireAll(hosts, instanceIds, DomainError.INSTANCE_NOT_FOUND);
            locked.forEach(BindingService::requireChangeable);
            for (Instance i : locked) {
                for (SecurityGroup g : lockedGroups) {
                    if (!i.vpcId().isEmpty() && !g.vpcId().isEmpty() && !i.vpcId().equals(g.vpcId())) {
                        throw new DomainException(DomainError.NETWORK_MISMATCH, g.id());
                    }
                }
            }
            var now = transitions.now();
            for (String instanceId : instanceIds) {
                for (InstanceService.GroupRef r : refs) memberships.upsert(instanceId, r.groupId(), r.priority(), now);
            }
            String over = memberships.firstOverLimit(instanceIds, groupLimit());
            if (over != null) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, over);
        });
    }

    /**
     * UCloud DisassociateSecGroup. Only groups: unbind every resource of those groups. Only resources: unbind every
     * group of those resources. Both: the named pairs. Without force no resource may end with zero groups, and then
     * nothing changes at all. The check and the removal are one statement each, whatever the number of bindings.
     * <p>
     * Locking, so that two unbinds that each leave a host one group cannot together leave it none: every unbind
     * locks the named instances (none when only groups are named), then, in id order, the groups whose bindings it
     * removes and, when it names no hosts or no groups, every group of every host that loses a binding. Two unbinds
     * touching one host therefore always share a lock: both name it (its row), or one names no hosts and locks every
     * group of the host, the group the other removes included (its binding is still there to be seen), or neither
     * names hosts and both lock every group of the host. A whole-group unbind of 10,000 hosts thus locks the few
     * groups of those hosts instead of 10,000 instance rows; an unbind of named pairs locks its hosts and groups
     * only. Instances are always locked before groups, on every path, so lockers cannot deadlock. Returns the number
     * of bindings removed.
     */
    public int disassociate(Scope scope, List<String> groupIds, List<String> instanceIds, boolean force) {
        return tx.call(() -> {
            var selection = new MembershipStore.Selection(groupIds, instanceIds);
            transitions.settle();
            List<Instance> locked = instanceStore.lockAll(scope, instanceIds);
            List<String> hosts = locked.stream().map(Instance::id).toList();
            Set<String> toLock = new TreeSet<>(groupIds);
            if (groupIds.isEmpty() || instanceIds.isEmpty()) toLock.addAll(memberships.groupsOfHostsIn(selection));
            requireAll(groups.lockAll(scope, toLock).stream().map(SecurityGroup::id).toList(), groupIds,
                    DomainError.SECURITY_GROUP_NOT_FOUND);
            requireAll(hosts, instanceIds, DomainError.INSTANCE_NOT_FOUND);
            locked.forEach(BindingService::requireChangeable);
            // named hosts were checked just above; only an unbind by groups alone reaches hosts it has not read
            String blocked = instanceIds.isEmpty() ? memberships.firstBlockedHost(selection) : null;
            if (blocked != null) {
                throw new DomainException(instanceStore.isLocked(blocked) ? DomainError.INSTANCE_LOCKED
                        : DomainError.INCORRECT_INSTANCE_STATUS, blocked);
            }
            if (!force) {
                String orphan = memberships.firstOrphaned(selection);
                if (orphan != null) throw new DomainException(DomainError.LAST_GROUP, orphan);
            }
            return memberships.removeAll(selection);
        });
    }

    /**
     * UCloud UpdateSecGroupAssociation: one resource leaves these groups, then joins those (or takes their new
     * priority), in one transaction; its other groups stay. A group to leave that it is not in (NOT_IN_GROUP), a group
     * to join of another VPC or over the limit undo it all. Locks the instance, then every group named in id order
     * before either step, as every binding change locks (see {@link #disassociate}).
     */
    public void replace(Scope scope, String instanceId, List<String> leaving, List<InstanceService.GroupRef> joining) {
        tx.run(() -> {
            transitions.settle();
            requireAll(instanceStore.lockAll(scope, List.of(instanceId)).stream().map(Instance::id).toList(),
                    List.of(instanceId), DomainError.INSTANCE_NOT_FOUND);
            Set<String> named = new TreeSet<>(leaving);
            joining.forEach(r -> named.add(r.groupId()));
            requireAll(groups.lockAll(scope, named).stream().map(SecurityGroup::id).toList(), named,
                    DomainError.SECURITY_GROUP_NOT_FOUND);
            List<String> left = List.copyOf(new LinkedHashSet<>(leaving));
            for (String g : left) {
                if (!memberships.exists(instanceId, g)) throw new DomainException(DomainError.NOT_IN_GROUP, g);
            }
            disassociate(scope, left, List.of(instanceId), true);
            associate(scope, joining, List.of(instanceId));
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
            throw new DomainException(memberships.exists(instanceId, groupId) ? DomainError.LAST_GROUP
                    : DomainError.NOT_IN_GROUP, groupId);
        });
    }

    private int groupLimit() {
        return props.limits().groupsPerInstance();
    }
}
