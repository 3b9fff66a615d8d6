package io.cloudtwin.core;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.store.MembershipStore;
import io.cloudtwin.store.SecurityGroupStore;

/**
 * Binding rules between instances and security groups. Each change runs in one transaction that holds the row lock
 * of every instance it touches, and the "at least one group" rule is checked by the DELETE statement itself.
 */
@Service
public class BindingService {
    private final InstanceService instances;
    private final SecurityGroupStore groups;
    private final MembershipStore memberships;
    private final Transitions transitions;
    private final int groupLimit;

    public BindingService(InstanceService instances, SecurityGroupStore groups, MembershipStore memberships,
                          Transitions transitions, CloudtwinProperties props) {
        this.instances = instances;
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
