package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Access control lists, their entries and the listener that binds each (V86); the rules are AccessListService's. */
@Component
public class AccessListStore extends ScopedStore<AccessList> {
    private final ScopedTable<AccessListEntry> entries;
    private final ListenerBindings bindings;

    public AccessListStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_acl", AccessList.class, DomainError.ACCESS_LIST_NOT_FOUND);
        this.entries = new ScopedTable<>(jdbc, locks, "lb_acl_entry", AccessListEntry.class);
        this.bindings = new ListenerBindings(jdbc, "lb_acl_binding", "acl_id");
    }

    /** Entries; inserting one, the unique index refuses a block the list has. */
    public ScopedTable<AccessListEntry> entries() {
        return entries;
    }

    /** The entries of these lists, by list, in the order they were added. */
    public Map<String, List<AccessListEntry>> entriesOf(Collection<String> aclIds) {
        return entries.groupedBy("acl_id", aclIds);
    }

    /** Which list each listener uses (one a listener). */
    ListenerBindings bindings() {
        return bindings;
    }
}
