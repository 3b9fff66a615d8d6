package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.cloudtwin.core.Rows;

/**
 * A table that binds a listener to one resource of a kind at most (listener_id its primary key, going with the
 * listener; column: the resource's id, which the foreign key keeps from going while bound): a certificate a listener
 * serves or trusts, an access control list it uses. The rules are the services'; this only reads and writes the rows.
 */
final class ListenerBindings {
    private final JdbcClient jdbc;
    private final String table;
    private final String column;

    ListenerBindings(JdbcClient jdbc, String table, String column) {
        this.jdbc = jdbc;
        this.table = table;
        this.column = column;
    }

    /** Binds the listener to the resource; it was bound to none (the primary key refuses a second). */
    void insert(String listenerId, String id) {
        jdbc.sql("INSERT INTO " + table + " (listener_id, " + column + ") VALUES (:l, :r)")
                .param("l", listenerId).param("r", id).update();
    }

    /** Binds the listener to the resource, in place of the one it was bound to. */
    void replace(String listenerId, String id) {
        unbind(listenerId);
        insert(listenerId, id);
    }

    /** The listener is bound to none; how many rows went (0 or 1). */
    int unbind(String listenerId) {
        return jdbc.sql("DELETE FROM " + table + " WHERE listener_id = :l").param("l", listenerId).update();
    }

    /** The listener is no longer bound to this resource; 0 when it was not. */
    int unbind(String listenerId, String id) {
        return jdbc.sql("DELETE FROM " + table + " WHERE listener_id = :l AND " + column + " = :r")
                .param("l", listenerId).param("r", id).update();
    }

    /** The listeners bound to the resource, in id order. */
    List<String> listenersOf(String id) {
        return jdbc.sql("SELECT listener_id FROM " + table + " WHERE " + column + " = :r ORDER BY listener_id")
                .param("r", id).query(String.class).list();
    }

    /** The resource each of these listeners is bound to (absent: none). */
    Map<String, String> of(Collection<String> listenerIds) {
        return Rows.pairs(jdbc, table, "listener_id", column, listenerIds);
    }

    /** Every binding, listener id to resource id (state export). */
    Map<String, String> all() {
        return Rows.allPairs(jdbc, table, "listener_id", column);
    }
}
