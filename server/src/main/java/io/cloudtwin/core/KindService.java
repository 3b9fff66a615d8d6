package io.cloudtwin.core;

import java.util.Optional;

/**
 * The service of one kind of scoped resource: what every such service answers the same way over its repository. A
 * service record satisfies {@link #store()} and {@link #tx()} with its components of those names, and keeps only its
 * kind's rules.
 *
 * @param <T> the kind's row
 */
public interface KindService<T extends Record> {
    ScopedStore<T> store();

    Transactions tx();

    /** The scope's resource of that id; else the kind's not-found error, naming the id. */
    default T get(Scope scope, String id) {
        return tx().read(() -> store().get(scope, id));
    }

    /** The scope's resource of that id, if any. */
    default Optional<T> find(Scope scope, String id) {
        return tx().read(() -> store().find(scope, id));
    }

    /** Whether the scope has a resource of that id. */
    default boolean exists(Scope scope, String id) {
        return find(scope, id).isPresent();
    }

    /** The scope's resources that match, as a list action pages through them. */
    default Listing<T> listing(Scope scope, ScopedTable.Where where) {
        return store().listing(tx(), scope, where);
    }

    /** The service of a kind that has a name and a description of its own (columns name, description). */
    interface Described<T extends Record> extends KindService<T> {
        /** Renames or re-describes the resource; null leaves each. */
        default void describe(Scope scope, String id, String name, String description) {
            tx().run(() -> store().change(scope, id, RowChanges.of("name", name, "description", description)));
        }
    }
}
