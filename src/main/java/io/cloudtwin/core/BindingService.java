package io.cloudtwin.core;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.config.CloudtwinProperties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudtwin.store.InstanceStore;
import io.cloudtwin.store.MembershipStore;
import io.cloudtwin.store.SecurityGroupStore;

/**
 * Binding rules between instances and security groups. Each change runs in one transaction that holds the row lock
 * of every instance it touches, and the "at least one group" rule is checked by the DELETE statement itself.
 */
@Service
public class BindingService {
    private final InstanceService instances;
    private final InstanceStore instanceStore;
    private final SecurityGroupStore groups;
    private final MembershipStore memberships;
    private final Transitions transitions;
    private final int groupLimit;

    public BindingService(InstanceService instances, InstanceStore instanceStore, SecurityGroupStore groups,
                          MembershipStore memberships, Transitions transitions, CloudtwinProperties props) {
        this.instances = instances;
        this.instanceStore = instanceStore;
        this.groups = groups;
        this.memberships = memberships;
        this.transitions = transitions;
        this.groupLimit = props.limits().groupsPerInstance();
    }

    /** Aliyun JoinSecurityGroup: bind one instance (Running or Stopped) to one more group. */
    @Transactional
    public void join(Scope scope, String instanceId, String groupId, int priority) {
        Instance i = instances.lockUnlocked(scope, instanceId);
        SecurityGroup g = groups.find(scope, groupId)
                .orElseThrow(() -> new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, groupId));
        if (!i.status().allowsBindingChange()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
        if (!i.vpcId().isEmpty() && !g.vpcId().isEmpty() && !i.vpcId().equals(g.vpcId())) {
            throw new DomainException(DomainError.NETWORK_MISMATCH, groupId);
        }
        if (memberships.exists(instanceId, groupId)) throw new DomainException(DomainError.ALREADY_IN_GROUP, groupId);
        if (memberships.countForInstance(instanceId) >= groupLimit) {
            throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, instanceId);
        }
        try {
            memberships.add(instanceId, groupId, priority, transitions.now());
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, groupId); // deleted meanwhile
        }
    }

    /**
     * UCloud AssociateSecGroup: binds every given resource to every given group (one side holds a single value),
     * or changes the priority of an existing binding. All or nothing: a resource over the group limit undoes it all.
     * Locks groups, then instances, each in id order, like every set-based change.
     */
    @Transactional
    public void associate(Scope scope, List<InstanceService.GroupRef> refs, List<String> instanceIds) {
        Set<String> groupIds = new LinkedHashSet<>();
        refs.forEach(r -> groupIds.add(r.groupId()));
        requireAll(groups.lockAll(scope, groupIds).stream().map(SecurityGroup::id).toList(), groupIds,
                DomainError.SECURITY_GROUP_NOT_FOUND);
        transitions.settle();
        requireAll(instanceStore.lockAll(scope, instanceIds).stream().map(Instance::id).toList(), instanceIds,
                DomainError.INSTANCE_NOT_FOUND);
        var now = transitions.now();
        for (String instanceId : instanceIds) {
            for (InstanceService.GroupRef r : refs) memberships.upsert(instanceId, r.groupId(), r.priority(), now);
        }
        String over = memberships.firstOverLimit(instanceIds, groupLimit);
        if (over != null) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, over);
    }

    /**
     * UCloud DisassociateSecGroup. Only groups: unbind every resource of those groups. Only resources: unbind every
     * group of those resources. Both: the named pairs. Without force no resource may end with zero groups, and then
     * nothing changes at all. The check and the removal are one statement each, whatever the number of bindings,
     * run while the groups and every instance concerned are locked. Returns the number of bindings removed.
     */
    @Transactional
    public int disassociate(Scope scope, List<String> groupIds, List<String> instanceIds, boolean force) {
        requireAll(groups.lockAll(scope, groupIds).stream().map(SecurityGroup::id).toList(), groupIds,
                DomainError.SECURITY_GROUP_NOT_FOUND);
        if (instanceIds.isEmpty()) {
            instanceStore.lockMembersOf(groupIds);
        } else {
            requireAll(instanceStore.lockAll(scope, instanceIds).stream().map(Instance::id).toList(), instanceIds,
                    DomainError.INSTANCE_NOT_FOUND);
        }
        var selection = new MembershipStore.Selection(groupIds, instanceIds);
        if (!force) {
            String orphan = memberships.firstOrphaned(selection);
            if (orphan != null) throw new DomainException(DomainError.LAST_GROUP, orphan);
        }
        return memberships.removeAll(selection);
    }

    private static void requireAll(List<String> found, java.util.Collection<String> wanted, DomainError error) {
        if (found.size() == new java.util.HashSet<>(wanted).size()) return;
        Set<String> have = new java.util.HashSet<>(found);
        for (String w : wanted) if (!have.contains(w)) throw new DomainException(error, w);
    }

    /** Aliyun LeaveSecurityGroup: unbind one instance from one group; the instance keeps at least one group. */
    @Transactional
    public void leave(Scope scope, String instanceId, String groupId) {
        Instance i = instances.lockUnlocked(scope, instanceId);
        groups.find(scope, groupId).orElseThrow(() -> new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, groupId));
        if (!i.status().allowsBindingChange()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, instanceId);
        if (memberships.removeKeepingOne(instanceId, groupId) == 1) return;
        throw new DomainException(memberships.exists(instanceId, groupId) ? DomainError.LAST_GROUP
                : DomainError.NOT_IN_GROUP, groupId);
    }
}
