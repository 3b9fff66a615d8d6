package io.cloudtwin.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.cloudtwin.store.RowLocks;

/**
 * The repository of one kind of scoped resource: what every such repository answers the same way (insert, find, lock,
 * update, delete, export) from its {@link ScopedTable}; a subclass keeps only its own SQL and rules (bindings to other
 * kinds, counts, conditional statements). Rules under concurrency stay the caller's, in its transaction: lock first.
 */
public abstract class ScopedStore<T extends Record> {
    protected final JdbcClient jdbc;
    protected final ScopedTable<T> table;
    /** What a request for a row of the kind not in its scope is refused with (key pairs: KEY_PAIR_NOT_FOUND). */
    private final DomainError notFound;

    protected ScopedStore(JdbcClient jdbc, RowLocks locks, String table, Class<T> type, DomainError notFound) {
        this(jdbc, new ScopedTable<>(jdbc, locks, table, type), notFound);
    }

    protected ScopedStore(JdbcClient jdbc, ScopedTable<T> table, DomainError notFound) {
        this.jdbc = jdbc;
        this.table = table;
        this.notFound = notFound;
    }

    public void insert(T row) {
        table.insert(row);
    }

    public Optional<T> find(Scope scope, String id) {
        return table.find(scope, id);
    }

    /** Reads the row and locks it until the caller's transaction ends. */
    public Optional<T> lock(Scope scope, String id) {
        return table.lock(scope, id);
    }

    /** The scope's row of that id; else the kind's not-found error, naming the id. */
    public T get(Scope scope, String id) {
        return table.get(scope, id, notFound);
    }

    /** The scope's row of that id; else notFound (an action's own error for the kind), naming the id. */
    public T get(Scope scope, String id, DomainError notFound) {
        return table.get(scope, id, notFound);
    }

    /** Reads the row and locks it until the caller's transaction ends; else the kind's not-found error. */
    public T locked(Scope scope, String id) {
        return table.locked(scope, id, notFound);
    }

    /** Reads the row and locks it until the caller's transaction ends; else notFound, naming the id. */
    public T locked(Scope scope, String id, DomainError notFound) {
        return table.locked(scope, id, notFound);
    }

    /** Locks the scope's rows of those ids one by one, in id order (the order every locker uses). */
    public List<T> lockAll(Scope scope, Collection<String> ids) {
        return table.lockAll(scope, ids);
    }

    /** One page of the scope's rows that match, and how many match. */
    public Page<T> list(Scope scope, ScopedTable.Where where, int offset, int limit) {
        return table.list(scope, where, offset, limit);
    }

    /** The scope's rows that match after that row (keyset paging, for NextToken); null: from the first. */
    public List<T> after(Scope scope, ScopedTable.Where where, T last, int limit) {
        return table.after(scope, where, last, limit);
    }

    /** The scope's rows that match as a listing, each read in a transaction of its own. */
    public Listing<T> listing(Transactions tx, Scope scope, ScopedTable.Where where) {
        return table.listing(tx, scope, where, notFound);
    }

    /** The row's id. */
    public String id(T row) {
        return table.id(row);
    }

    /** Whether a row of that id stands, in any scope. */
    public boolean exists(String id) {
        return table.exists(id);
    }

    /** Sets columns of a row (by record component name); a null value leaves that column as it is. */
    public int update(String id, Map<String, ?> changes) {
        return table.update(id, changes);
    }

    /** Locks the scope's row (else the kind's not-found error) and sets columns of it; a null value leaves a column. */
    public void change(Scope scope, String id, Map<String, ?> changes) {
        locked(scope, id);
        update(id, changes);
    }

    public int delete(String id) {
        return table.delete(id);
    }

    /** Locks the scope's row (else the kind's not-found error) and deletes it: a delete that nothing else refuses. */
    public void remove(Scope scope, String id) {
        locked(scope, id);
        delete(id);
    }

    /** How many rows hold the value in the column: those that name a parent of another kind, say. */
    public long counted(String column, String value) {
        return table.counted(column, value);
    }

    /** The record type of a row. */
    public Class<T> rowType() {
        return table.type();
    }

    /** Every row of every cloud and account, in creation order (state export). */
    public List<T> all() {
        return table.all();
    }
}
