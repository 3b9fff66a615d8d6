package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.WallClock;

/**
 * Isolation groups. Rules, each under the group's row lock: at most {@link #PER_ZONE} hosts of a group in one zone
 * (ISOLATION_GROUP_FULL), a host in one group at most (it joins when it is made), and a group with hosts stays
 * (ISOLATION_GROUP_IN_USE; the foreign key holds it too).
 */
@Service
public class IsolationGroupService {
    /** UCloud's bound: a group spreads at most seven hosts over the physical machines of a zone. */
    public static final int PER_ZONE = 7;

    private final IsolationGroupStore store;
    private final WallClock clock;

    public IsolationGroupService(IsolationGroupStore store, WallClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A group and its hosts' count in each zone that has any. */
    public record View(IsolationGroup group, Map<String, Long> spread) {}

    @Transactional
    public IsolationGroup create(Scope scope, String id, String name, String remark) {
        IsolationGroup g = new IsolationGroup(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                name, remark == null ? "" : remark, clock.now());
        store.insert(g);
        return g;
    }

    /** One group of the scope (ISOLATION_GROUP_NOT_FOUND), or a page of all of them; each with its spread. */
    @Transactional(readOnly = true)
    public Page<View> list(Scope scope, String id, int offset, int limit) {
        Page<IsolationGroup> page = store.list(scope, new ScopedTable.Where().equal("id", id), offset, limit);
        if (id != null && page.items().isEmpty()) throw new DomainException(DomainError.ISOLATION_GROUP_NOT_FOUND, id);
        var spread = store.spread(page.items().stream().map(IsolationGroup::id).toList());
        return new Page<>(page.items().stream().map(g -> new View(g, spread.getOrDefault(g.id(), Map.of()))).toList(),
                page.total());
    }

    @Transactional
    public void delete(Scope scope, String id) {
        store.locked(scope, id, DomainError.ISOLATION_GROUP_NOT_FOUND);
        if (store.members(id) > 0) throw new DomainException(DomainError.ISOLATION_GROUP_IN_USE, id);
        try {
            store.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException(DomainError.ISOLATION_GROUP_IN_USE, id);
        }
    }

    /**
     * Puts hosts (just made, in the caller's transaction; or a state document's) into a group of the scope: the group
     * is locked first, then each zone's count checked against {@link #PER_ZONE}.
     */
    @Transactional
    public void join(Scope scope, String groupId, List<Instance> hosts) {
        store.locked(scope, groupId, DomainError.ISOLATION_GROUP_NOT_FOUND);
        for (Instance i : hosts) {
            if (store.membersIn(groupId, i.zone()) >= PER_ZONE) {
                throw new DomainException(DomainError.ISOLATION_GROUP_FULL, groupId);
            }
            store.join(i.id(), groupId, i.zone());
        }
    }

    /** Takes a host of the scope out of the group (NOT_IN_ISOLATION_GROUP when it is not in it). */
    @Transactional
    public void leave(Scope scope, String groupId, Instance host) {
        store.locked(scope, groupId, DomainError.ISOLATION_GROUP_NOT_FOUND);
        if (store.leave(host.id(), groupId) == 0) {
            throw new DomainException(DomainError.NOT_IN_ISOLATION_GROUP, host.id());
        }
    }

    /** The group each of these hosts is in (absent: none). */
    @Transactional(readOnly = true)
    public Map<String, String> groupsOf(List<String> instanceIds) {
        return store.groupsOf(instanceIds);
    }
}
