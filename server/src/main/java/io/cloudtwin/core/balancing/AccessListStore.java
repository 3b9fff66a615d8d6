package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Access control lists, their entries and the listener that binds each (V86); the rules are AccessListService's. */
@Component
public class AccessListStore extends ScopedStore<AccessList> {
    private final ScopedTable<AccessListEntry> entries;

    public AccessListStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_acl", AccessList.class);
        this.entries = new ScopedTable<>(jdbc, locks, "lb_acl_entry", AccessListEntry.class);
    }

    /** Entries; inserting one, the unique index refuses a block the list has. */
    public ScopedTable<AccessListEntry> entries() {
        return entries;
    }

    /** The entries of these lists, by list, in the order they were added. */
    public Map<String, List<AccessListEntry>> entriesOf(Collection<String> aclIds) {
        return entries.groupedBy("acl_id", aclIds);
    }

    /** Binds the listener to the list, in place of the one it bound. */
    public void bind(String listenerId, String aclId) {
        unbind(listenerId);
        jdbc.sql("INSERT INTO lb_acl_binding (listener_id, acl_id) VALUES (:l, :a)")
                .param("l", listenerId).param("a", aclId).update();
    }

    public void unbind(String listenerId) {
        jdbc.sql("DELETE FROM lb_acl_binding WHERE listener_id = :l").param("l", listenerId).update();
    }

    /** The listeners that bind the list, in id order. */
    public List<String> listenersOf(String aclId) {
        return jdbc.sql("SELECT listener_id FROM lb_acl_binding WHERE acl_id = :a ORDER BY listener_id")
                .param("a", aclId).query(String.class).list();
    }

    /** The list each of these listeners binds (absent: none). */
    public Map<String, String> ofListeners(Collection<String> listenerIds) {
        return Rows.pairs(jdbc, "lb_acl_binding", "listener_id", "acl_id", listenerIds);
    }

    /** Every binding, listener id to list id (state export). */
    public Map<String, String> allBindings() {
        return Rows.allPairs(jdbc, "lb_acl_binding", "listener_id", "acl_id");
    }
}
