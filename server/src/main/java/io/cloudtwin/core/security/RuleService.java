package io.cloudtwin.core.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.PrefixList;
import io.cloudtwin.core.network.PrefixListStore;

/**
 * Rules of security groups as Aliyun keeps them: a rule is identified by its direction, protocol, port range, peer
 * (CIDR block or security group), peer port range, policy and NIC type; authorizing a rule that already exists
 * changes nothing and succeeds, the same rule twice in one request is refused. Every change locks the group's row,
 * then the rows of the peer groups it names, in id order (groups are locked in id order everywhere, see
 * BindingService), so the duplicate check and the rule limit hold under concurrency and a peer cannot vanish meanwhile.
 */
@Service
public record RuleService(SecurityGroupStore groups, RuleStore rules, GroupPolicyStore policies,
                          PrefixListStore prefixLists, WallClock clock, Transactions tx) {
    /** Rules a group may hold (Aliyun: 200 inbound and outbound together). */
    public static final int RULES_PER_GROUP = 200;

    /** What makes two rules the same rule (not the priority, description or id). */
    static List<Object> identity(SecurityGroupRule r) {
        return List.of(r.direction(), r.protocol(), r.dstPort(), nz(r.ipRange()), nz(r.peerGroupId()),
                nz(r.peerPrefixListId()), nz(r.peerPort()), r.action(), nz(r.nicType()));
    }

    /**
     * Adds rules to a group, with ids from idPrefix; a rule that the group already has is left as it is. Returns the
     * rules added.
     */
    public List<SecurityGroupRule> authorize(Scope scope, String groupId, List<SecurityGroupRule> specs, String idPrefix) {
        return tx.call(() -> {
            Set<List<Object>> inRequest = new HashSet<>();
            for (SecurityGroupRule s : specs) {
                if (!inRequest.add(identity(s))) throw new DomainException(DomainError.DUPLICATE_RULE, groupId);
            }
            SecurityGroup g = lockWithPeers(scope, groupId, peersOf(specs));
            lockPrefixLists(scope, g, specs.stream().map(SecurityGroupRule::peerPrefixListId).toList());
            Set<List<Object>> existing = new HashSet<>();
            List<SecurityGroupRule> current = rules.ofGroup(groupId);
            current.forEach(r -> existing.add(identity(r)));
            var now = clock.now();
            List<SecurityGroupRule> added = new ArrayList<>();
            for (SecurityGroupRule s : specs) {
                if (existing.contains(identity(s))) continue;
                SecurityGroupRule r = s.withId(Ids.random(idPrefix, 20), now);
                rules.insert(new SecurityGroupRule(r.id(), groupId, r.direction(), r.ipRange(), r.priority(), r.protocol(),
                        r.dstPort(), r.action(), r.remark(), r.peerGroupId(), r.peerPrefixListId(), r.peerPort(),
                        r.nicType(), now), now);
                added.add(r);
            }
            if (current.size() + added.size() > RULES_PER_GROUP) throw new DomainException(DomainError.RULE_LIMIT_EXCEEDED, groupId);
            return added;
        });
    }

    /** Removes the rules with these ids, all or none; a missing id is refused. */
    public void revokeByIds(Scope scope, String groupId, Collection<String> ruleIds) {
        tx.run(() -> {
            lockGroup(scope, groupId);
            Set<String> wanted = new LinkedHashSet<>(ruleIds);
            Set<String> have = new HashSet<>();
            rules.ofGroup(groupId).forEach(r -> have.add(r.id()));
            for (String id : wanted) if (!have.contains(id)) throw new DomainException(DomainError.RULE_NOT_FOUND, id);
            rules.delete(groupId, wanted);
        });
    }

    /** Removes the rules equal to the given ones (by identity); a rule the group does not have is no fault. */
    public int revokeMatching(Scope scope, String groupId, List<SecurityGroupRule> specs) {
        return tx.call(() -> {
            lockWithPeers(scope, groupId, peersOf(specs));
            Set<List<Object>> wanted = new HashSet<>();
            specs.forEach(s -> wanted.add(identity(s)));
            List<String> ids = rules.ofGroup(groupId).stream().filter(r -> wanted.contains(identity(r)))
                    .map(SecurityGroupRule::id).toList();
            return rules.delete(groupId, ids);
        });
    }

    /**
     * Finds the rule to change: by id when given, else the one equal to match; applies change to it and stores it.
     * The changed rule may not equal another rule of the group. newPeerGroupId, newPrefixListId: the peer group and
     * prefix list the change names, if any.
     */
    public SecurityGroupRule modify(Scope scope, String groupId, String ruleId, SecurityGroupRule match,
                                    String newPeerGroupId, String newPrefixListId,
                                    UnaryOperator<SecurityGroupRule> change) {
        return tx.call(() -> {
            Set<String> peers = new TreeSet<>();
            if (newPeerGroupId != null && !newPeerGroupId.isEmpty()) peers.add(newPeerGroupId);
            SecurityGroup g = lockWithPeers(scope, groupId, peers);
            lockPrefixLists(scope, g, Collections.singletonList(newPrefixListId));
            List<SecurityGroupRule> current = rules.ofGroup(groupId);
            SecurityGroupRule found = current.stream()
                    .filter(r -> ruleId != null ? r.id().equals(ruleId) : identity(r).equals(identity(match)))
                    .findFirst().orElseThrow(() -> ruleId != null ? new DomainException(DomainError.RULE_NOT_FOUND, ruleId)
                            : new DomainException(DomainError.RULE_NOT_MATCHED, groupId));
            SecurityGroupRule changed = change.apply(found);
            for (SecurityGroupRule other : current) {
                if (!other.id().equals(found.id()) && identity(other).equals(identity(changed))) {
                    throw new DomainException(DomainError.DUPLICATE_RULE, groupId);
                }
            }
            rules.update(changed);
            return changed;
        });
    }

    public List<SecurityGroupRule> rulesOf(Scope scope, String groupId) {
        return tx.read(() -> {
            groups.get(scope, groupId);
            return rules.ofGroup(groupId);
        });
    }

    public void setInnerAccessPolicy(Scope scope, String groupId, String policy) {
        tx.run(() -> {
            lockGroup(scope, groupId);
            policies.setInnerAccessPolicy(groupId, policy);
        });
    }

    public String innerAccessPolicy(String groupId) {
        return tx.read(() -> policies.innerAccessPolicies(List.of(groupId)).getOrDefault(groupId, "Accept"));
    }

    /** For each named group of the scope, the other groups whose rules name it as their peer. */
    public Map<String, List<String>> references(Scope scope, List<String> groupIds) {
        return tx.read(() -> {
            Set<String> found = new HashSet<>();
            groups.findAll(scope, groupIds).forEach(g -> found.add(g.id()));
            for (String id : groupIds) if (!found.contains(id)) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, id);
            return rules.referencing(groupIds);
        });
    }

    private SecurityGroup lockGroup(Scope scope, String groupId) {
        return groups.locked(scope, groupId);
    }

    private static Set<String> peersOf(List<SecurityGroupRule> specs) {
        Set<String> peers = new TreeSet<>();
        for (SecurityGroupRule s : specs) if (!nz(s.peerGroupId()).isEmpty()) peers.add(s.peerGroupId());
        return peers;
    }

    /**
     * Locks the group and the peer groups its rules name, all in one statement in id order (the order of every
     * group locker); the peers must exist in the scope and share the group's VPC.
     */
    private SecurityGroup lockWithPeers(Scope scope, String groupId, Set<String> peers) {
        if (peers.isEmpty()) return lockGroup(scope, groupId);
        Set<String> all = new TreeSet<>(peers);
        all.add(groupId);
        Map<String, SecurityGroup> locked = new HashMap<>();
        groups.lockAll(scope, all).forEach(p -> locked.put(p.id(), p));
        SecurityGroup g = locked.get(groupId);
        if (g == null) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, groupId);
        for (String id : peers) {
            SecurityGroup p = locked.get(id);
            if (p == null) throw new DomainException(DomainError.PEER_GROUP_NOT_FOUND, id);
            if (!g.vpcId().isEmpty() && !Objects.equals(g.vpcId(), p.vpcId())) throw new DomainException(DomainError.PEER_GROUP_MISMATCH, id);
        }
        return g;
    }

    /**
     * Locks the prefix lists the rules name (after the groups, in id order), so that none is deleted meanwhile; they
     * must exist in the scope, and only a group of a VPC takes them.
     */
    private void lockPrefixLists(Scope scope, SecurityGroup g, List<String> named) {
        Set<String> ids = new TreeSet<>();
        for (String id : named) if (!nz(id).isEmpty()) ids.add(id);
        if (ids.isEmpty()) return;
        if (g.vpcId().isEmpty()) throw new DomainException(DomainError.PREFIX_LIST_NOT_SUPPORTED, g.id());
        Set<String> found = new HashSet<>();
        // only an ECS prefix list is a rule's peer: a VPC one is not found here
        prefixLists.lockAll(scope, ids).stream().filter(p -> p.product().equals(PrefixList.ECS))
                .forEach(p -> found.add(p.id()));
        for (String id : ids) if (!found.contains(id)) throw new DomainException(DomainError.PREFIX_LIST_NOT_FOUND, id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
