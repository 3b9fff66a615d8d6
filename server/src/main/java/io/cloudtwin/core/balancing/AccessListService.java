package io.cloudtwin.core.balancing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Access control lists of load balancers (Aliyun SLB's ACLs). Rules: an entry is an address block of the list's IP
 * version, once in a list (the unique index), at most {@link #ENTRIES} a list; a listener binds one list at most, and a
 * list a listener binds is not deleted (ACCESS_LIST_IN_USE). Locks: a listener's change takes its load balancer's row,
 * then the list's; a list's change and its deletion take the list's row, so a deletion and a binding are serialized.
 */
@Service
public record AccessListService(AccessListStore store, LoadBalancerService loadBalancers, LoadBalancerStore lbStore,
                                WallClock clock, TagService tags, Transactions tx) {
    /** The most entries a list holds. */
    public static final int ENTRIES = 300;

    /** An address block to add, with its comment ("" for none). */
    public record NewEntry(String entry, String comment) {}

    /** A list with its entries (in the order they were added) and the listeners that bind it. */
    public record View(AccessList acl, List<AccessListEntry> entries, List<Listener> listeners) {}

    public AccessList create(Scope scope, String id, String name, String ipVersion, Map<String, String> tagged) {
        return tx.call(() -> {
            AccessList acl = new AccessList(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                    ipVersion, clock.now());
            return tags.inserted(scope, ResourceType.ACCESS_LIST, store, acl, tagged);
        });
    }

    /** The list of the scope (ACCESS_LIST_NOT_FOUND), without its entries. */
    public AccessList find(Scope scope, String id) {
        return tx.read(() -> store.get(scope, id));
    }

    public View get(Scope scope, String id) {
        return tx.read(() -> view(store.get(scope, id)));
    }

    /** One page of the scope's lists whose name contains name and of an IP version (each null: any), among ids. */
    public Page<AccessList> list(Scope scope, List<String> ids, String name, String ipVersion, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).contains("name", name)
                .equal("ip_version", ipVersion), offset, limit));
    }

    public void rename(Scope scope, String id, String name) {
        tx.run(() -> store.change(scope, id, RowChanges.of("name", name)));
    }

    /**
     * Adds entries, all or none: each a block of the list's version (a block given twice is added once), none the list
     * has (ACCESS_LIST_ENTRY_EXISTS), at most ENTRIES in all (ACCESS_LIST_FULL).
     */
    public void add(Scope scope, String id, List<NewEntry> entries) {
        tx.run(() -> {
            AccessList acl = store.locked(scope, id);
            Map<String, NewEntry> blocks = new LinkedHashMap<>();
            for (NewEntry e : entries) blocks.putIfAbsent(block(acl, e.entry()), e);
            Set<String> had = new HashSet<>();
            for (AccessListEntry e : entriesOf(id)) had.add(e.entry());
            for (String b : blocks.keySet()) {
                if (had.contains(b)) throw new DomainException(DomainError.ACCESS_LIST_ENTRY_EXISTS, b);
            }
            if (had.size() + blocks.size() > ENTRIES) throw new DomainException(DomainError.ACCESS_LIST_FULL, id);
            blocks.forEach((b, e) -> store.entries().insert(new AccessListEntry(Ids.random("acle-", 16), acl.cloud(),
                    acl.accountId(), acl.region(), acl.projectId(), id, b, e.comment() == null ? "" : e.comment(),
                    clock.now())));
        });
    }

    /** Removes the entries the list has of these (an address or block; others are passed over). */
    public void remove(Scope scope, String id, List<String> entries) {
        tx.run(() -> {
            AccessList acl = store.locked(scope, id);
            Set<String> gone = new HashSet<>();
            String single = acl.ipVersion().equals(AccessList.IPV6) ? "/128" : "/32";
            for (String e : entries) gone.add(block(acl, e != null && !e.contains("/") ? e + single : e));
            for (AccessListEntry e : entriesOf(id)) {
                if (gone.contains(e.entry())) store.entries().delete(e.id());
            }
        });
    }

    /** Deletes a list no listener binds, with its entries and tags. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (!store.bindings().listenersOf(id).isEmpty()) throw new DomainException(DomainError.ACCESS_LIST_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /**
     * Makes a change to a listener of a load balancer of the scope (creating it, or changing its settings) and, in the
     * same transaction, binds it to the list aclId ("": to none; null: as it was). The list is locked after the
     * listener's load balancer.
     */
    public void changingListener(Scope scope, String loadBalancerId, String listenerId, String aclId, Runnable change) {
        tx.run(() -> {
            change.run();
            if (aclId == null) return;
            loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            if (aclId.isBlank()) {
                store.bindings().unbind(listenerId);
                return;
            }
            store.locked(scope, aclId);
            store.bindings().replace(listenerId, aclId);
        });
    }

    /** The list each of these listeners binds (absent: none). */
    public Map<String, String> ofListeners(List<String> listenerIds) {
        return tx.read(() -> store.bindings().of(listenerIds));
    }

    /** Every list with its entries and the listeners that bind it, for the state document. */
    public List<View> all() {
        return tx.read(() -> store.all().stream().map(this::view).toList());
    }

    private List<AccessListEntry> entriesOf(String id) {
        return store.entriesOf(List.of(id)).getOrDefault(id, List.of());
    }

    private View view(AccessList acl) {
        List<String> bound = store.bindings().listenersOf(acl.id());
        List<Listener> listeners = bound.isEmpty() ? List.of()
                : lbStore.listeners().select("id IN (:ids)", Map.of("ids", bound));
        return new View(acl, entriesOf(acl.id()), listeners);
    }

    /**
     * An entry's canonical block: an IPv4 block (network address and prefix) or an IPv6 one (with its prefix), else
     * INVALID_ACCESS_LIST_ENTRY; of the list's version, else ACCESS_LIST_ENTRY_VERSION.
     */
    static String block(AccessList acl, String text) {
        if (text == null || !text.contains("/")) throw new DomainException(DomainError.INVALID_ACCESS_LIST_ENTRY, text);
        boolean v6 = text.contains(":");
        String block;
        try {
            block = v6 ? Cidr.ipv6(text).toLowerCase(Locale.ROOT) : Cidr.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainError.INVALID_ACCESS_LIST_ENTRY, text);
        }
        if (v6 != acl.ipVersion().equals(AccessList.IPV6)) {
            throw new DomainException(DomainError.ACCESS_LIST_ENTRY_VERSION, text);
        }
        return block;
    }
}
