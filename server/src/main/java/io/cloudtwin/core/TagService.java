package io.cloudtwin.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.store.InstanceStore;
import io.cloudtwin.store.SecurityGroupStore;
import io.cloudtwin.store.TagStore;

/**
 * Key/value tags on resources, for both clouds. Tagging locks each resource's row (in id order, one kind of
 * resource per call) so that a tag is never written for a resource being deleted; deleting a resource removes its
 * tags in the same transaction ({@link #deleting}).
 */
@Service
public class TagService {
    /** Tags one resource may carry (Aliyun: 20 user tags). */
    public static final int TAGS_PER_RESOURCE = 20;

    /** The kinds of resources that carry tags, in cloud-neutral words (stored as resource_tag.resource_type). */
    public enum Kind {
        INSTANCE("instance"), SECURITY_GROUP("security_group"), NETWORK_INTERFACE("network_interface"), VPC("vpc"),
        SUBNET("subnet");

        private final String stored;

        Kind(String stored) {
            this.stored = stored;
        }

        public String stored() {
            return stored;
        }
    }

    /** Why tagging is refused: a resource is unknown, or it would carry too many tags. */
    public static final class Refused extends RuntimeException {
        private final boolean notFound;
        private final String resourceId;

        public Refused(boolean notFound, String resourceId) {
            super(resourceId, null, false, false);
            this.notFound = notFound;
            this.resourceId = resourceId;
        }

        public boolean notFound() {
            return notFound;
        }

        public String resourceId() {
            return resourceId;
        }
    }

    private final TagStore tags;
    private final InstanceStore instances;
    private final SecurityGroupStore groups;
    private final NetworkService networks;
    private final InterfaceLookup interfaces;

    /** Finds network interfaces for tagging (implemented where interfaces live). */
    public interface InterfaceLookup {
        boolean lock(Scope scope, String id);
    }

    public TagService(TagStore tags, InstanceStore instances, SecurityGroupStore groups, NetworkService networks,
                      java.util.Optional<InterfaceLookup> interfaces) {
        this.tags = tags;
        this.instances = instances;
        this.groups = groups;
        this.networks = networks;
        this.interfaces = interfaces.orElse((scope, id) -> false);
    }

    /** Sets tags on every resource (replacing values of existing keys); all or nothing. */
    @Transactional
    public void tag(Scope scope, Kind kind, Collection<String> ids, Map<String, String> add) {
        for (String id : new TreeSet<>(ids)) {
            if (!lock(scope, kind, id)) throw new Refused(true, id);
            add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
            if (tags.count(id) > TAGS_PER_RESOURCE) throw new Refused(false, id);
        }
    }

    /** Removes the given keys (every tag when all) from every resource; all or nothing. */
    @Transactional
    public void untag(Scope scope, Kind kind, Collection<String> ids, Collection<String> keys, boolean all) {
        for (String id : new TreeSet<>(ids)) {
            if (!lock(scope, kind, id)) throw new Refused(true, id);
            if (all) tags.removeAll(id);
            else tags.remove(id, keys);
        }
    }

    @Transactional(readOnly = true)
    public List<TagStore.Tag> list(Scope scope, Kind kind, Collection<String> ids, Map<String, String> having) {
        return tags.list(scope, kind.stored(), ids, having);
    }

    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> of(Collection<String> ids) {
        return tags.of(ids);
    }

    /** Ids of resources of a kind carrying every given tag (empty value: any value of the key). */
    @Transactional(readOnly = true)
    public List<String> idsHaving(Scope scope, Kind kind, Map<String, String> having) {
        return tags.idsHaving(scope, kind.stored(), having);
    }

    /** Runs a deletion and removes the resource's tags in the same transaction. */
    @Transactional
    public void deleting(String id, Runnable delete) {
        delete.run();
        tags.removeAll(id);
    }

    /** Tags a resource just created, in the creating transaction (no lock: nobody else sees it yet). */
    public void tagNew(Scope scope, Kind kind, String id, Map<String, String> add) {
        add.forEach((k, v) -> tags.put(scope, kind.stored(), id, k, v == null ? "" : v));
        if (tags.count(id) > TAGS_PER_RESOURCE) throw new Refused(false, id);
    }

    private boolean lock(Scope scope, Kind kind, String id) {
        return switch (kind) {
            case INSTANCE -> instances.lock(scope, id).isPresent();
            case SECURITY_GROUP -> groups.lock(scope, id).isPresent();
            case VPC -> {
                try {
                    networks.lockVpc(scope, id);
                    yield true;
                } catch (DomainException e) {
                    yield false;
                }
            }
            case SUBNET -> {
                try {
                    networks.lockSubnet(scope, id);
                    yield true;
                } catch (DomainException e) {
                    yield false;
                }
            }
            case NETWORK_INTERFACE -> interfaces.lock(scope, id);
        };
    }
}
