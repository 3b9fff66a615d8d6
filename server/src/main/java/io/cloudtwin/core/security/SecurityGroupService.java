package io.cloudtwin.core.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Quotas;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

@Service
public record SecurityGroupService(SecurityGroupStore groups, MembershipStore memberships, WallClock clock,
                                   RuleStore rules, Quotas quotas, Transactions tx) {
    /** Renames or re-describes a group; null leaves a field as it is. */
    public void update(Scope scope, String id, String name, String description) {
        tx.run(() -> {
            lockGroup(scope, id);
            groups.update(id, name, description);
        });
    }

    /**
     * Renames, re-describes or re-tags several groups (null leaves a field as it is); all or nothing. The groups are
     * locked in id order, as every multi-group change does.
     */
    public void updateAll(Scope scope, Collection<String> ids, String name, String description, String tag) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) {
                lockGroup(scope, id);
            }
            for (String id : ids) {
                groups.update(id, name, description);
                if (tag != null) groups.setTag(id, tag);
            }
        });
    }

    /** Replaces rules of a group (each names its id); all or nothing: an unknown rule changes none. */
    public void updateRules(Scope scope, String groupId, List<SecurityGroupRule> changed) {
        tx.run(() -> {
            lockGroup(scope, groupId);
            for (SecurityGroupRule r : changed) {
                if (rules.update(r) != 1) throw new DomainException(DomainError.RULE_NOT_FOUND, groupId);
            }
        });
    }

    /** Adds rules to a group; returns them with their new ids. */
    public List<SecurityGroupRule> addRules(Scope scope, String groupId, List<SecurityGroupRule> specs) {
        return tx.call(() -> {
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
        });
    }

    /** Removes rules of a group; all or nothing. */
    public void removeRules(Scope scope, String groupId, Collection<String> ruleIds) {
        tx.run(() -> {
            lockGroup(scope, groupId);
            int removed = rules.delete(groupId, ruleIds);
            if (removed != new HashSet<>(ruleIds).size()) throw new DomainException(DomainError.RULE_NOT_FOUND, groupId);
        });
    }

    public Map<String, List<SecurityGroupRule>> rulesOf(Collection<String> groupIds) {
        return tx.read(() -> rules.forGroups(groupIds));
    }

    public record NewGroup(String name, String description, String vpcId, String groupType, String tag) {}

    /** What a copy made: the new group, and its rules' ids in the order of the source's rules. */
    public record Copy(SecurityGroup group, List<String> ruleIds) {}

    /**
     * A new group of another (or the same) scope's VPC with the source's type, tag and rules (new ids); named and
     * described as given (null: as the source is). Under the source's row lock, so its rules are copied as they stand.
     */
    public Copy copy(Scope from, String id, Scope to, String vpcId, String name, String description) {
        return tx.call(() -> {
            SecurityGroup source = lockGroup(from, id);
            SecurityGroup made = create(to, new NewGroup(name == null ? source.name() : name,
                    description == null ? source.description() : description, vpcId, source.groupType(),
                    source.tag()));
            List<SecurityGroupRule> copied = addRules(to, made.id(), rules.forGroups(List.of(id))
                    .getOrDefault(id, List.of()));
            return new Copy(made, copied.stream().map(SecurityGroupRule::id).toList());
        });
    }

    public SecurityGroup create(Scope scope, NewGroup spec) {
        return create(scope, Ids.Shape.SECURITY_GROUP.next(scope.cloud()), spec);
    }

    /** As above, with its id given (a state document's). */
    public SecurityGroup create(Scope scope, String id, NewGroup spec) {
        return tx.call(() -> {
            SecurityGroup g = new SecurityGroup(id, scope.cloud(), scope.accountId(),
                    scope.region(), scope.projectId(), nz(spec.name()), nz(spec.description()), nz(spec.vpcId()),
                    nz(spec.groupType()), clock.now(), nz(spec.tag()));
            quotas.takeGroup(scope);
            groups.insert(g);
            return g;
        });
    }

    public SecurityGroup get(Scope scope, String id) {
        return tx.read(() -> groups.get(scope, id));
    }

    public Page<SecurityGroup> list(Scope scope, SecurityGroupFilter filter, int offset, int limit) {
        return tx.read(() -> groups.list(scope, filter, offset, limit));
    }

    /** The scope's groups of these ids (repeats and unknown ids passed over), by id. */
    public Map<String, SecurityGroup> byIds(Scope scope, Collection<String> ids) {
        List<String> wanted = ids.stream().distinct().toList();
        Map<String, SecurityGroup> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        list(scope, new SecurityGroupFilter(wanted, null, null), 0, wanted.size()).items()
                .forEach(g -> out.put(g.id(), g));
        return out;
    }

    /** Deletes a group that no instance is bound to. The foreign key makes a concurrent join fail one of the two. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            lockGroup(scope, id);
            if (memberships.groupHasMembers(id)) throw new DomainException(DomainError.GROUP_IN_USE, id);
            try {
                groups.delete(id);
                quotas.releaseGroup(scope);
            } catch (DataIntegrityViolationException e) {
                throw new DomainException(DomainError.GROUP_IN_USE, id);
            }
        });
    }

    /** Locks the scope's group of that id until the transaction ends; SECURITY_GROUP_NOT_FOUND if there is none. */
    private SecurityGroup lockGroup(Scope scope, String id) {
        return groups.locked(scope, id);
    }

    /** Deletes every named group, or none: one transaction. */
    public void deleteAll(Scope scope, List<String> ids) {
        tx.run(() -> {
            for (String id : ids) delete(scope, id);
        });
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
