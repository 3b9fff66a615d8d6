package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.IsolationGroup.Member;
import io.cloudtwin.core.compute.IsolationGroup.Strategy;

/**
 * Isolation groups (UCloud) and deployment sets (Aliyun). Rules, each under the group's row lock: a zone takes at
 * most the strategy's count of a group's hosts (of each of its groups, for AVAILABILITY_GROUP; ISOLATION_GROUP_FULL),
 * a LOW_LATENCY group's hosts stand in one zone (ISOLATION_GROUP_ZONE), a host is in one group at most, and a group
 * with hosts stays (ISOLATION_GROUP_IN_USE; the foreign key holds it too).
 */
@Service
public record IsolationGroupService(IsolationGroupStore store, InstanceService instances, WallClock clock,
                                    Transactions tx) {
    /** A group and its hosts (by zone, then in the order their instances were made). */
    public record View(IsolationGroup group, List<Member> members) {
        /** The hosts' count in each zone that has any, zones in order. */
        public Map<String, Long> spread() {
            return members.stream().collect(Collectors.groupingBy(Member::zone, TreeMap::new,
                    Collectors.counting()));
        }
    }

    /** Which groups a listing shows: these ids (null: any), this name and strategy (null: any). */
    public record Filter(Collection<String> ids, String name, Strategy strategy) {}

    /** A UCloud isolation group. */
    public IsolationGroup create(Scope scope, String id, String name, String remark) {
        return create(scope, id, name, remark, Strategy.HOSTS, 0);
    }

    /** A group that spreads its hosts by strategy; groupCount for AVAILABILITY_GROUP (1 to 7), else 0. */
    public IsolationGroup create(Scope scope, String id, String name, String remark, Strategy strategy, int groupCount) {
        return tx.call(() -> {
            IsolationGroup g = new IsolationGroup(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    name == null ? "" : name, remark == null ? "" : remark, strategy,
                    strategy == Strategy.AVAILABILITY_GROUP ? groupCount : 0, clock.now());
            store.insert(g);
            return g;
        });
    }

    /** One group of the scope (ISOLATION_GROUP_NOT_FOUND), or a page of all of them; each with its hosts. */
    public Page<View> list(Scope scope, String id, int offset, int limit) {
        return tx.read(() -> {
            Page<View> page = list(scope, new Filter(id == null ? null : List.of(id), null, null), offset, limit);
            if (id != null && page.items().isEmpty()) throw new DomainException(DomainError.ISOLATION_GROUP_NOT_FOUND, id);
            return page;
        });
    }

    /** A page of the scope's groups that match, in creation order; each with its hosts. */
    public Page<View> list(Scope scope, Filter f, int offset, int limit) {
        return tx.read(() -> {
            Page<IsolationGroup> page = store.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("name", f.name())
                    .equal("strategy", f.strategy() == null ? null : f.strategy().name()), offset, limit);
            Map<String, List<Member>> members = store.membersOf(page.items().stream().map(IsolationGroup::id).toList())
                    .stream().collect(Collectors.groupingBy(Member::groupId));
            return new Page<>(page.items().stream().map(g -> new View(g, members.getOrDefault(g.id(), List.of()))).toList(),
                    page.total());
        });
    }

    /** Renames or re-describes a group; null leaves a field as it is. */
    public void update(Scope scope, String id, String name, String remark) {
        tx.run(() -> store.change(scope, id, RowChanges.of("name", name, "remark", remark)));
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (store.members(id) > 0) throw new DomainException(DomainError.ISOLATION_GROUP_IN_USE, id);
            Constraints.enforce(() -> store.delete(id), DomainError.ISOLATION_GROUP_IN_USE, id);
        });
    }

    /**
     * Puts hosts (just made, in the caller's transaction; or a state document's) into a group of the scope: the group
     * is locked first, then each host placed (groupNo: the group of an AVAILABILITY_GROUP set it stands in, from 1;
     * null: the one with the fewest hosts in its zone).
     */
    public void join(Scope scope, String groupId, List<Instance> hosts, Integer groupNo) {
        tx.run(() -> {
            IsolationGroup g = store.locked(scope, groupId);
            for (Instance i : hosts) place(g, i, groupNo);
        });
    }

    /** The same, for a UCloud isolation group. */
    public void join(Scope scope, String groupId, List<Instance> hosts) {
        join(scope, groupId, hosts, null);
    }

    /**
     * Moves a Running or Stopped instance of the scope into a group (out of the one it is in, if another): the
     * instance is locked first, then the groups in id order.
     */
    public void move(Scope scope, String instanceId, String groupId, Integer groupNo) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, instanceId).requireSettled();
            Member current = store.of(List.of(instanceId)).get(instanceId);
            if (current != null && current.groupId().compareTo(groupId) < 0) store.lock(scope, current.groupId());
            IsolationGroup g = store.locked(scope, groupId);
            if (current != null && current.groupId().compareTo(groupId) > 0) store.lock(scope, current.groupId());
            if (current != null) store.leave(instanceId, current.groupId());
            place(g, i, groupNo);
        });
    }

    /** Takes a host of the scope out of the group (NOT_IN_ISOLATION_GROUP when it is not in it). */
    public void leave(Scope scope, String groupId, Instance host) {
        tx.run(() -> {
            store.locked(scope, groupId);
            if (store.leave(host.id(), groupId) == 0) {
                throw new DomainException(DomainError.NOT_IN_ISOLATION_GROUP, host.id());
            }
        });
    }

    /** The group each of these hosts is in, with its group number (absent: none). */
    public Map<String, Member> membershipsOf(Collection<String> instanceIds) {
        return tx.read(() -> store.of(instanceIds));
    }

    /** The group each of these hosts is in (absent: none). */
    public Map<String, String> groupsOf(Collection<String> instanceIds) {
        return tx.read(() -> {
            return store.of(instanceIds).values().stream().collect(Collectors.toMap(Member::instanceId, Member::groupId));
        });
    }

    /** Places a host in a locked group: in its group number, within the zone's room. */
    private void place(IsolationGroup g, Instance i, Integer groupNo) {
        Strategy s = g.strategy();
        if (s.oneZone() && store.zonesOf(g.id()).stream().anyMatch(z -> !z.equals(i.zone()))) {
            throw new DomainException(DomainError.ISOLATION_GROUP_ZONE, g.id());
        }
        Map<Integer, Long> inZone = store.membersIn(g.id(), i.zone());
        int no = 0;
        if (s == Strategy.AVAILABILITY_GROUP) {
            if (groupNo != null && (groupNo < 1 || groupNo > g.groupCount())) {
                throw new DomainException(DomainError.ISOLATION_GROUP_NUMBER, String.valueOf(groupNo));
            }
            no = groupNo != null ? groupNo : fewest(inZone, g.groupCount());
        }
        long taken = s.oneZone() || s == Strategy.AVAILABILITY_GROUP ? inZone.getOrDefault(no, 0L)
                : inZone.values().stream().mapToLong(Long::longValue).sum();
        if (taken >= s.perZone()) throw new DomainException(DomainError.ISOLATION_GROUP_FULL, g.id());
        store.join(i.id(), g.id(), i.zone(), no);
    }

    /** The group (1 to count) with the fewest hosts in the zone, the lowest number of those. */
    private static int fewest(Map<Integer, Long> inZone, int count) {
        int best = 1;
        for (int n = 2; n <= count; n++) if (inZone.getOrDefault(n, 0L) < inZone.getOrDefault(best, 0L)) best = n;
        return best;
    }
}
