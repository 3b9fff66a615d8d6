package io.cloudtwin.core;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.store.MembershipStore;
import io.cloudtwin.store.SecurityGroupStore;

@Service
public class SecurityGroupService {
    private final SecurityGroupStore groups;
    private final MembershipStore memberships;
    private final Transitions transitions;

    public SecurityGroupService(SecurityGroupStore groups, MembershipStore memberships, Transitions transitions) {
        this.groups = groups;
        this.memberships = memberships;
        this.transitions = transitions;
    }

    public record NewGroup(String name, String description, String vpcId, String groupType) {}

    @Transactional
    public SecurityGroup create(Scope scope, NewGroup spec) {
        SecurityGroup g = new SecurityGroup(Ids.securityGroupId(scope.cloud()), scope.cloud(), scope.accountId(),
                scope.region(), scope.projectId(), nz(spec.name()), nz(spec.description()), nz(spec.vpcId()),
                nz(spec.groupType()), transitions.now());
        groups.insert(g);
        return g;
    }

    @Transactional(readOnly = true)
    public SecurityGroup get(Scope scope, String id) {
        return groups.find(scope, id).orElseThrow(() -> new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, id));
    }

    @Transactional(readOnly = true)
    public Page<SecurityGroup> list(Scope scope, SecurityGroupStore.Filter filter, int offset, int limit) {
        return groups.list(scope, filter, offset, limit);
    }

    /** Deletes a group that no instance is bound to. The foreign key makes a concurrent join fail one of the two. */
    @Transactional
    public void delete(Scope scope, String id) {
        groups.lock(scope, id).orElseThrow(() -> new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, id));
        if (memberships.groupHasMembers(id)) throw new DomainException(DomainError.GROUP_IN_USE, id);
        try {
            groups.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.GROUP_IN_USE, id);
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
