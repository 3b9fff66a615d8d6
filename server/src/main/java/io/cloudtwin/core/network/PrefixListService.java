package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Prefix lists: their entries stay within maxEntries, and a prefix list that a security group rule names is not
 * deleted. Each change locks the prefix list's row; a rule naming it locks the row too (RuleService), so a deletion
 * and a new rule wait for each other.
 */
@Service
public record PrefixListService(PrefixListStore store, WallClock clock, TagService tags, Transactions tx) {
    /** A prefix list and how many security groups name it. */
    public record View(PrefixList prefixList, long associations) {}

    /**
     * What a change sets: name, description and maxEntries (null: as they are), the blocks to remove, then those to
     * add.
     */
    public record Changes(String name, String description, Integer maxEntries, List<String> remove,
                          List<PrefixList.Entry> add) {}

    public PrefixList create(Scope scope, String product, String id, String name, String description,
                             String addressFamily, int maxEntries, List<PrefixList.Entry> entries,
                             Map<String, String> tagged) {
        return tx.call(() -> {
            if (entries.size() > maxEntries) throw new DomainException(DomainError.PREFIX_LIST_ENTRY_LIMIT, id);
            PrefixList p = new PrefixList(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                    description == null ? "" : description, addressFamily, maxEntries, clock.now(), product);
            store.insert(p);
            entries.forEach(e -> store.addEntry(id, e));
            tags.tagNew(scope, ResourceType.PREFIX_LIST, id, tagged);
            return p;
        });
    }

    /**
     * Renames, removes blocks (each must be an entry), then adds blocks (none may be one), within maxEntries (the
     * new one, where given).
     */
    public void modify(Scope scope, String product, String id, Changes c) {
        tx.run(() -> {
            PrefixList p = own(product, store.locked(scope, id));
            for (String cidr : c.remove()) {
                if (store.removeEntry(id, cidr) == 0) throw new DomainException(DomainError.PREFIX_LIST_ENTRY_NOT_FOUND, cidr);
            }
            var have = new TreeSet<String>();
            store.entries(id).forEach(e -> have.add(e.cidr()));
            for (PrefixList.Entry e : c.add()) {
                if (!have.add(e.cidr())) throw new DomainException(DomainError.PREFIX_LIST_ENTRY_EXISTS, e.cidr());
                store.addEntry(id, e);
            }
            int max = c.maxEntries() == null ? p.maxEntries() : c.maxEntries();
            if (have.size() > max) throw new DomainException(DomainError.PREFIX_LIST_ENTRY_LIMIT, id);
            store.update(id, RowChanges.of("name", c.name(), "description", c.description(), "maxEntries",
                    c.maxEntries()));
        });
    }

    /** Deletes a prefix list with its entries and tags; refused while a security group rule names it. */
    public void delete(Scope scope, String product, String id) {
        tx.run(() -> {
            own(product, store.locked(scope, id));
            if (!store.groupsUsing(id).isEmpty()) throw new DomainException(DomainError.PREFIX_LIST_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    public PrefixList get(Scope scope, String product, String id) {
        return tx.read(() -> own(product, store.get(scope, id)));
    }

    public List<PrefixList.Entry> entries(Scope scope, String product, String id) {
        return tx.read(() -> {
            own(product, store.get(scope, id));
            return store.entries(id);
        });
    }

    /** The entries of these prefix lists, by prefix list (one without entries: absent). */
    public Map<String, List<PrefixList.Entry>> entriesOf(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : tx.read(() -> store.entriesOf(ids));
    }

    /** The security groups whose rules name the prefix list. */
    public List<String> associations(Scope scope, String product, String id) {
        return tx.read(() -> {
            own(product, store.get(scope, id));
            return store.groupsUsing(id);
        });
    }

    /** The scope's prefix lists of a product, these ids, name and address family (null or empty: any), after last. */
    public List<View> after(Scope scope, String product, Collection<String> ids, String name, String addressFamily,
                            PrefixList last, int limit) {
        return tx.read(() -> views(store.after(scope, where(product, ids, name, addressFamily), last, limit)));
    }

    public Page<View> list(Scope scope, String product, Collection<String> ids, String name, String addressFamily,
                           int offset, int limit) {
        return tx.read(() -> {
            Page<PrefixList> page = store.list(scope, where(product, ids, name, addressFamily), offset, limit);
            return new Page<>(views(page.items()), page.total());
        });
    }

    /** The prefix list, if it is the product's: another product's is not found. */
    private static PrefixList own(String product, PrefixList p) {
        if (!p.product().equals(product)) throw new DomainException(DomainError.PREFIX_LIST_NOT_FOUND, p.id());
        return p;
    }

    /** The names of these prefix lists (of any scope), by id; none asked: no transaction at all. */
    public Map<String, String> names(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : tx.read(() -> store.names(ids));
    }

    private static ScopedTable.Where where(String product, Collection<String> ids, String name, String addressFamily) {
        return new ScopedTable.Where().equal("product", product).in("id", ids).equal("name", name)
                .equal("address_family", addressFamily);
    }

    private List<View> views(List<PrefixList> lists) {
        var counts = store.groupCounts(lists.stream().map(PrefixList::id).toList());
        return lists.stream().map(p -> new View(p, counts.getOrDefault(p.id(), 0L))).toList();
    }
}
