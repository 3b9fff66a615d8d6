package io.cloudtwin.core.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Quotas;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;

@Service
public class SecurityGroupService {
    private final SecurityGroupStore groups;
    private final MembershipStore memberships;
    private final WallClock clock;
    private final RuleStore rules;

    private final Quotas quotas;

    public SecurityGroupService(SecurityGroupStore groups, MembershipStore memberships, WallClock clock,
                                RuleStore rules, Quotas quotas) {
        this.quotas = quotas;
        this.groups = groups;
        this.memberships = memberships;
        this.clock = clock;
        this.rules = rules;
    }

    /** Renames or re-describes a group; null leaves a field as it is. */
    @Transactional
    public void update(Scope scope, String id, String name, String description) {
        lockGroup(scope, id);
        groups.update(id, name, description);
    }

    /**
     * Renames, re-describes or re-tags several groups (null leaves a field as it is); all or nothing. The groups are
     * locked in id order, as every multi-group change does.
     */
    @Transactional
    public void updateAll(Scope scope, Collection<String> ids, String name, String description, String tag) {
        for (String id : new TreeSet<>(ids)) {
            lockGroup(scope, id);
        }
        for (String id : ids) {
            groups.update(id, name, description);
            if (tag != null) groups.setTag(id, tag);
        }
    }

    /** Replaces rules of a group (each names its id); all or nothing: an unknown rule changes none. */
    @Transactional
    public void updateRules(Scope scope, String groupId, List<SecurityGroupRule> changed) {
        lockGroup(scope, groupId);
        for (SecurityGroupRule r : changed) {
            if (rules.update(r) != 1) throw new DomainException(DomainError.RULE_NOT_FOUND, groupId);
        }
    }

    /** Adds rules to a group; returns them with their new ids. */
    @Transactional
    public List<SecurityGroupRule> addRules(Scope scope, String groupId, List<SecurityGroupRule> specs) {
        lockGroup(scope, groupId);
        var now = clock.now();
        List<SecurityGroupRule> out = new ArrayList<>();
        for (SecurityGroupRule s : specs) {
            SecurityGroupRule r = new SecurityGroupRule(Ids.uuid(), groupId, s.direction(),
                    s.ipRange(), s.priority(), s.protocol(), s.dstPort(), s.action(), nz(s.remark()));
            rules.insert(r, now);
            out.add(r);
        }
        return out;
    }

    /** Removes rules of a group; all or nothing. */
    @Transactional
    public void removeRules(Scope scope, String groupId, Collection<String> ruleIds) {
        lockGroup(scope, groupId);
        int removed = rules.delete(groupId, ruleIds);
        if (removed != new HashSet<>(ruleIds).size()) throw new DomainException(DomainError.RULE_NOT_FOUND, groupId);
    }

    @Transactional(readOnly = true)
    public Map<String, List<SecurityGroupRule>> rulesOf(Collection<String> groupIds) {
        return rules.forGroups(groupIds);
    }

    public record NewGroup(String name, String description, String vpcId, String groupType, String tag) {}

    @Transactional
    public SecurityGroup create(Scope scope, NewGroup spec) {
        return create(scope, Ids.securityGroupId(scope.cloud()), spec);
    }

    /** As above, with its id given (a state document's). */
    @Transactional
    public SecurityGroup create(Scope scope, String id, NewGroup spec) {
        SecurityGroup g = new SecurityGroup(id, scope.cloud(), scope.accountId(),
                scope.region(), scope.projectId(), nz(spec.name()), nz(spec.description()), nz(spec.vpcId()),
                nz(spec.groupType()), clock.now(), nz(spec.tag()));
        quotas.takeGroup(scope);
        groups.insert(g);
        return g;
    }

    @Transactional(readOnly = true)
    public SecurityGroup get(Scope scope, String id) {
        return groups.get(scope, id, DomainError.SECURITY_GROUP_NOT_FOUND);
    }

    @Transactional(readOnly = true)
    public Page<SecurityGroup> list(Scope scope, SecurityGroupFilter filter, int offset, int limit) {
        return groups.list(scope, filter, offset, limit);
    }

    /** Deletes a group that no instance is bound to. The foreign key makes a concurrent join fail one of the two. */
    @Transactional
    public void delete(Scope scope, String id) {
        lockGroup(scope, id);
        if (memberships.groupHasMembers(id)) throw new DomainException(DomainError.GROUP_IN_USE, id);
        try {
            groups.delete(id);
            quotas.releaseGroup(scope);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.GROUP_IN_USE, id);
        }
    }

    /** Locks the scope's group of that id until the transaction ends; SECURITY_GROUP_NOT_FOUND if there is none. */
    private SecurityGroup lockGroup(Scope scope, String id) {
        return groups.locked(scope, id, DomainError.SECURITY_GROUP_NOT_FOUND);
    }

    /** Deletes every named group, or none: one transaction. */
    @Transactional
    public void deleteAll(Scope scope, List<String> ids) {
        for (String id : ids) delete(scope, id);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
