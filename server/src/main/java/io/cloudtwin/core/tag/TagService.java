package io.cloudtwin.core.tag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.Transactions;

/**
 * Key/value tags on resources, for both clouds, and what a resource carries beside them (LabelStore): the resource
 * group it is in and its deletion protection. Tagging locks each resource's row (in id order, one kind of resource per
 * call) so that a tag is never written for a resource being deleted, and so do a move to another group and a change of
 * protection; deleting a resource removes its tags and labels in the same transaction ({@link #deleting}). A resource
 * group is named by the caller; the account's default group (the one a resource is in until it is put in another) is
 * the dialect's to name, and is kept as no label.
 */
@Service
public record TagService(TagStore tags, LabelStore labels, Transactions tx) {
    /** Tags one resource may carry (Aliyun: 20 user tags). */
    public static final int TAGS_PER_RESOURCE = 20;

    /** Sets tags on every resource (replacing values of existing keys); all or nothing. */
    public void tag(Scope scope, ResourceType kind, Collection<String> ids, Map<String, String> add) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) {
                if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
                add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
                if (tags.count(id) > TAGS_PER_RESOURCE) throw new DomainException(DomainError.TAG_LIMIT_EXCEEDED, id);
            }
        });
    }

    /** Removes the given keys (every tag when all) from every resource; all or nothing. */
    public void untag(Scope scope, ResourceType kind, Collection<String> ids, Collection<String> keys, boolean all) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) {
                if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
                if (all) tags.removeAll(id);
                else tags.remove(id, keys);
            }
        });
    }

    public List<Tag> list(Scope scope, ResourceType kind, Collection<String> ids, Map<String, String> having) {
        return tx.read(() -> tags.list(scope, kind.stored(), ids, having));
    }

    public Map<String, Map<String, String>> of(Collection<String> ids) {
        return tx.read(() -> tags.of(ids));
    }

    /** The tags of one resource (none: empty). */
    public Map<String, String> of(String id) {
        return of(List.of(id)).getOrDefault(id, Map.of());
    }

    /** Ids of resources of a kind carrying every given tag (empty value: any value of the key). */
    public List<String> idsHaving(Scope scope, ResourceType kind, Map<String, String> having) {
        return tx.read(() -> tags.idsHaving(scope, kind.stored(), having));
    }

    /**
     * The ids a listing asks for (empty: any), narrowed to the resources carrying every tag of having (no tags: as
     * they are); empty when nothing can match.
     */
    public Optional<List<String>> narrow(Scope scope, ResourceType kind, List<String> ids, Map<String, String> having) {
        return tx.read(() -> {
            if (having.isEmpty()) return Optional.of(ids);
            List<String> tagged = tags.idsHaving(scope, kind.stored(), having);
            List<String> out = ids.isEmpty() ? tagged : ids.stream().filter(tagged::contains).toList();
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        });
    }

    /** Runs a deletion and removes the resource's tags and group in the same transaction. */
    public void deleting(String id, Runnable delete) {
        tx.run(() -> {
            delete.run();
            forget(id);
        });
    }

    /** Removes a resource's tags and group, in the deleting transaction. */
    public void forget(String id) {
        tags.forget(id);
    }

    /**
     * Moves an existing resource to a group (null: back to its account's default), under its row's lock;
     * RESOURCE_NOT_FOUND when the scope has no such resource.
     */
    public void regroup(Scope scope, ResourceType kind, String id, String group) {
        tx.run(() -> {
            if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
            if (group == null) labels.remove(id, LabelStore.GROUP);
            else labels.put(kind, id, LabelStore.GROUP, group);
        });
    }

    /**
     * Makes one resource and puts it in a group (null: it stays in the account's default) in one transaction, which
     * create joins; answers what create made.
     */
    public <R> R createIn(ResourceType kind, String group, Supplier<R> create, Function<R, String> idOf) {
        return tx.call(() -> {
            R made = create.get();
            groupNew(kind, List.of(idOf.apply(made)), group);
            return made;
        });
    }

    /** As above, for a create that answers the id it made. */
    public String createIn(ResourceType kind, String group, Supplier<String> create) {
        return createIn(kind, group, create, Function.identity());
    }

    /** Puts resources just made in a group (null: they stay in the default one). */
    public void groupNew(ResourceType kind, Collection<String> ids, String group) {
        tx.run(() -> {
            if (group != null) for (String id : ids) labels.put(kind, id, LabelStore.GROUP, group);
        });
    }

    /**
     * Turns a resource's deletion protection on or off, under its row's lock: RESOURCE_NOT_FOUND when the scope has no
     * such resource, DELETION_PROTECTION_ON when it is on already, DELETION_PROTECTION_CHARGE_TYPE for a subscription;
     * off when off is nothing.
     */
    public void protect(Scope scope, ResourceType kind, String id, boolean on) {
        tx.run(() -> {
            if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
            boolean was = !protectedOf(List.of(id)).isEmpty();
            if (on && was) throw new DomainException(DomainError.DELETION_PROTECTION_ON, id);
            if (on && tags.subscribed(kind, id)) throw new DomainException(DomainError.DELETION_PROTECTION_CHARGE_TYPE, id);
            if (on) labels.put(kind, id, LabelStore.PROTECTED, "true");
            else labels.remove(id, LabelStore.PROTECTED);
        });
    }

    /** DELETION_PROTECTED when the resource is protected; in its deleting transaction, under its row's lock. */
    public void requireUnprotected(String id) {
        if (!protectedOf(List.of(id)).isEmpty()) throw new DomainException(DomainError.DELETION_PROTECTED, id);
    }

    /** Those of these resources that are protected from deletion. */
    public Set<String> protectedOf(Collection<String> ids) {
        return tx.read(() -> labels.of(ids, LabelStore.PROTECTED).keySet());
    }

    /** The resource group of one resource; defaultGroup when it was put in none. */
    public String group(String id, String defaultGroup) {
        return groups(List.of(id), defaultGroup).get(id);
    }

    /** The group of each resource (defaultGroup for those in no other). */
    public Map<String, String> groups(Collection<String> ids, String defaultGroup) {
        return tx.read(() -> {
            Map<String, String> found = labels.of(ids, LabelStore.GROUP);
            Map<String, String> out = new LinkedHashMap<>();
            for (String id : ids) out.put(id, found.getOrDefault(id, defaultGroup));
            return out;
        });
    }

    /**
     * As {@link #narrow(Scope, ResourceType, List, Map)}, and narrowed to the resources in a group as well (null or
     * empty: any group; defaultGroup: those in no other).
     */
    public Optional<List<String>> narrow(Scope scope, ResourceType kind, List<String> ids, Map<String, String> having,
                                         String group, String defaultGroup) {
        return tx.read(() -> {
            Optional<List<String>> tagged = narrow(scope, kind, ids, having);
            if (tagged.isEmpty() || group == null || group.isEmpty()) return tagged;
            List<String> inGroup = group.equals(defaultGroup) ? labels.without(scope, kind, LabelStore.GROUP)
                    : labels.having(scope, kind, LabelStore.GROUP, group);
            List<String> asked = tagged.get();
            List<String> out = asked.isEmpty() ? inGroup : asked.stream().filter(inGroup::contains).toList();
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        });
    }

    /**
     * The end of a tagged kind's creation, after the caller's own locks and checks: inserts the new row with its tags,
     * in the caller's transaction or one of its own; answers the row.
     */
    public <T extends Record> T inserted(Scope scope, ResourceType kind, ScopedStore<T> store, T row,
                                         Map<String, String> add) {
        return tx.call(() -> {
            store.insert(row);
            tagNew(scope, kind, store.id(row), add);
            return row;
        });
    }

    /**
     * Deletes the scope's resource of that id (locked, else its kind's not-found error) with its tags: a deletion
     * nothing else refuses. Answers the row as it was.
     */
    public <T extends Record> T removed(Scope scope, ScopedStore<T> store, String id) {
        return tx.call(() -> {
            T row = store.locked(scope, id);
            deleting(id, () -> store.delete(id));
            return row;
        });
    }

    /** Tags a resource just created, in the creating transaction (no lock: nobody else sees it yet). */
    public void tagNew(Scope scope, ResourceType kind, String id, Map<String, String> add) {
        add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
        if (tags.count(id) > TAGS_PER_RESOURCE) throw new DomainException(DomainError.TAG_LIMIT_EXCEEDED, id);
    }

}
