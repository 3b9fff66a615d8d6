package io.cloudtwin.core.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;

/**
 * Key/value tags on resources, for both clouds. Tagging locks each resource's row (in id order, one kind of
 * resource per call) so that a tag is never written for a resource being deleted; deleting a resource removes its
 * tags in the same transaction ({@link #deleting}).
 */
@Service
public class TagService {
    /** Tags one resource may carry (Aliyun: 20 user tags). */
    public static final int TAGS_PER_RESOURCE = 20;

    private final TagStore tags;

    public TagService(TagStore tags) {
        this.tags = tags;
    }

    /** Sets tags on every resource (replacing values of existing keys); all or nothing. */
    @Transactional
    public void tag(Scope scope, ResourceType kind, Collection<String> ids, Map<String, String> add) {
        for (String id : new TreeSet<>(ids)) {
            if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
            add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
            if (tags.count(id) > TAGS_PER_RESOURCE) throw new DomainException(DomainError.TAG_LIMIT_EXCEEDED, id);
        }
    }

    /** Removes the given keys (every tag when all) from every resource; all or nothing. */
    @Transactional
    public void untag(Scope scope, ResourceType kind, Collection<String> ids, Collection<String> keys, boolean all) {
        for (String id : new TreeSet<>(ids)) {
            if (!tags.lockResource(scope, kind, id)) throw new DomainException(DomainError.RESOURCE_NOT_FOUND, id);
            if (all) tags.removeAll(id);
            else tags.remove(id, keys);
        }
    }

    @Transactional(readOnly = true)
    public List<Tag> list(Scope scope, ResourceType kind, Collection<String> ids, Map<String, String> having) {
        return tags.list(scope, kind.stored(), ids, having);
    }

    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> of(Collection<String> ids) {
        return tags.of(ids);
    }

    /** Ids of resources of a kind carrying every given tag (empty value: any value of the key). */
    @Transactional(readOnly = true)
    public List<String> idsHaving(Scope scope, ResourceType kind, Map<String, String> having) {
        return tags.idsHaving(scope, kind.stored(), having);
    }

    /**
     * The ids a listing asks for (empty: any), narrowed to the resources carrying every tag of having (no tags: as
     * they are); empty when nothing can match.
     */
    @Transactional(readOnly = true)
    public Optional<List<String>> narrow(Scope scope, ResourceType kind, List<String> ids, Map<String, String> having) {
        if (having.isEmpty()) return Optional.of(ids);
        List<String> tagged = tags.idsHaving(scope, kind.stored(), having);
        List<String> out = ids.isEmpty() ? tagged : ids.stream().filter(tagged::contains).toList();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Runs a deletion and removes the resource's tags in the same transaction. */
    @Transactional
    public void deleting(String id, Runnable delete) {
        delete.run();
        tags.removeAll(id);
    }

    /** Tags a resource just created, in the creating transaction (no lock: nobody else sees it yet). */
    public void tagNew(Scope scope, ResourceType kind, String id, Map<String, String> add) {
        add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
        if (tags.count(id) > TAGS_PER_RESOURCE) throw new DomainException(DomainError.TAG_LIMIT_EXCEEDED, id);
    }

}
