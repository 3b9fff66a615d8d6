package io.cloudtwin.core;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the store knows of one kind of resource, registered by the area that owns it (a Spring bean), so that what
 * works on every kind (tags) depends on no area: the kind's type, and locking one of its resources by id.
 */
public interface ResourceKind {
    ResourceType type();

    /** Locks the scope's resource of this kind until the caller's transaction ends; false when there is none. */
    boolean lock(Scope scope, String id);

    /** The kind of that type whose resources lock as lock (its store's lock: the row, or empty when there is none). */
    static ResourceKind of(ResourceType type, BiFunction<Scope, String, Optional<?>> lock) {
        return new ResourceKind() {
            @Override
            public ResourceType type() {
                return type;
            }

            @Override
            public boolean lock(Scope scope, String id) {
                return lock.apply(scope, id).isPresent();
            }
        };
    }
}
