package io.cloudtwin.core.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.tag.TagService;

/**
 * Route tables and their entries. Each VPC has its system table (made with it, SystemRouteTables); custom tables are
 * made in a VPC (its row locked, so its deletion waits or refuses by foreign key), take vSwitches of that VPC, one
 * custom table per vSwitch, and are deleted only without vSwitches and entries. An entry sends one destination of a
 * table to a next hop of the table's VPC.
 *
 * <p>Locks: an association locks the table, then the vSwitch (whose primary key in route_table_vswitch takes one
 * table); an entry locks its next hop (its area's {@link NextHop}), then the table, and the unique index on (table,
 * destination) lets one of two entries for a destination win; a table's deletion locks the table.
 */
@Service
public record RouteService(RouteStore store, NetworkService networks, List<NextHop> hops, WallClock clock,
                           TagService tags, Transactions tx) {
    /** A new custom table: its VPC, name, description and what it is for (VSwitch). */
    public record NewTable(String vpcId, String name, String description, String associateType) {}

    /** A new entry: its table, destination, next hop (kind in the core's words) and name. */
    public record NewEntry(String routeTableId, String destinationCidr, String nextHopKind, String nextHopId,
                          String name, String description) {}

    /**
     * A change of a table's entries: ADD a new one (entryId: its id), UPDATE one's next hop and description, or
     * DELETE one; an update or a deletion names the entry by entryId or, when the table has no entry of that id, by
     * its destination.
     */
    public record EntryChange(Op op, String entryId, String destinationCidr, String nextHopKind, String nextHopId,
                              String description) {
        public enum Op { ADD, UPDATE, DELETE }
    }

    public static String newTableId() {
        return Ids.random("vtb-", 20);
    }

    public static String newEntryId() {
        return Ids.random("rte-", 20);
    }

    /** Makes a custom table in a VPC of the scope. */
    public RouteTable createTable(Scope scope, String id, NewTable spec, Map<String, String> tagged) {
        return tx.call(() -> {
            Vpc vpc = networks.lockVpc(scope, spec.vpcId());
            RouteTable t = new RouteTable(id, scope.cloud(), scope.accountId(), vpc.region(), vpc.projectId(), vpc.id(), false,
                    nz(spec.name()), nz(spec.description()), spec.associateType() == null || spec.associateType().isEmpty()
                            ? RouteTable.FOR_VSWITCH : spec.associateType(), clock.now());
            return tags.inserted(scope, ResourceType.ROUTE_TABLE, store, t, tagged);
        });
    }

    public RouteTable table(Scope scope, String id) {
        return tx.read(() -> store.get(scope, id));
    }

    private RouteTable lockTable(Scope scope, String id) {
        return store.locked(scope, id);
    }

    public Page<RouteTable> listTables(Scope scope, RouteTableFilter filter, int offset, int limit) {
        return tx.read(() -> store.listTables(scope, filter, offset, limit));
    }

    /**
     * The vSwitches of each table: a custom table's are those associated with it, a system table's those of its VPC
     * that no custom table has.
     */
    public Map<String, List<String>> vSwitchesOf(Scope scope, Collection<RouteTable> tables) {
        return tx.read(() -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            Map<String, List<String>> associated = store.vSwitchesOf(tables.stream().filter(t -> !t.system())
                    .map(RouteTable::id).toList());
            for (RouteTable t : tables) {
                if (!t.system()) {
                    out.put(t.id(), associated.getOrDefault(t.id(), List.of()));
                    continue;
                }
                List<String> ids = subnetsOf(scope, t.vpcId()).stream().map(Subnet::id).toList();
                Set<String> taken = store.tablesOf(ids).keySet();
                out.put(t.id(), ids.stream().filter(s -> !taken.contains(s)).toList());
            }
            return out;
        });
    }

    /** The vSwitches of a VPC, in creation order (the system routes of its tables). */
    public List<Subnet> subnetsOf(Scope scope, String vpcId) {
        return tx.read(() -> {
            return networks.listSubnets(scope, new SubnetFilter(null, vpcId, null, null), 0, Integer.MAX_VALUE).items();
        });
    }

    /** The custom table each of these vSwitches is associated with (absent: its VPC's system table). */
    public Map<String, String> customTablesOf(Collection<String> subnetIds) {
        return tx.read(() -> store.tablesOf(subnetIds));
    }

    /** Renames or re-describes a table (null keeps a value). */
    public RouteTable modifyTable(Scope scope, String id, String name, String description) {
        return tx.call(() -> {
            lockTable(scope, id);
            store.update(id, RowChanges.of("name", name, "description", description));
            return table(scope, id);
        });
    }

    /** Deletes a custom table with no vSwitch and no entry, with its tags. */
    public void deleteTable(Scope scope, String id) {
        deleteTable(scope, id, false);
    }

    /**
     * Deletes a custom table with no vSwitch, with its tags; with its entries (UCloud) or only without any (entriesGo
     * false: Aliyun).
     */
    public void deleteTable(Scope scope, String id, boolean entriesGo) {
        tx.run(() -> {
            RouteTable t = lockTable(scope, id);
            if (t.system()) throw new DomainException(DomainError.SYSTEM_ROUTE_TABLE, id);
            if (store.associationCount(id) > 0) throw new DomainException(DomainError.ROUTE_TABLE_ASSOCIATED, id);
            if (store.gatewayOf(id).isPresent()) {
                throw new DomainException(DomainError.ROUTE_TABLE_GATEWAY_ASSOCIATED, id);
            }
            if (entriesGo) store.deleteEntriesOf(id);
            else if (store.entryCount(id) > 0) throw new DomainException(DomainError.ROUTE_TABLE_HAS_ENTRIES, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /**
     * A new custom table in the source's VPC with the source's name, description and custom entries (new ids from
     * entryIds), and no vSwitch. The VPC is locked before the source (the order of the VPC's deletion, which takes its
     * UCloud tables).
     */
    public RouteTable cloneTable(Scope scope, String sourceId, String id, Supplier<String> entryIds) {
        return tx.call(() -> {
            networks.lockVpc(scope, table(scope, sourceId).vpcId());
            RouteTable source = lockTable(scope, sourceId);
            RouteTable made = createTable(scope, id, new NewTable(source.vpcId(), source.name(), source.description(),
                    source.associateType()), Map.of());
            for (RouteEntry e : store.entriesOf(List.of(sourceId))) {
                store.entries().insert(new RouteEntry(entryIds.get(), e.cloud(), e.accountId(), e.region(),
                        e.projectId(), id, e.destinationCidr(), e.nextHopKind(), e.nextHopId(), e.name(),
                        e.description(), clock.now()));
            }
            return made;
        });
    }

    /**
     * UCloud's binding of a subnet, which always has one table: it moves to the table, whichever it had before; to its
     * VPC's system (default) table when tableId is null or empty or that table's id.
     */
    public void bind(Scope scope, String subnetId, String tableId) {
        tx.run(() -> {
            RouteTable t = tableId == null || tableId.isEmpty() ? null : lockTable(scope, tableId);
            Subnet s = networks.lockSubnet(scope, subnetId);
            if (t != null && !s.vpcId().equals(t.vpcId())) {
                throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, subnetId);
            }
            store.unbind(subnetId);
            if (t != null && !t.system()) store.associate(subnetId, t.id(), clock.now());
        });
    }

    /**
     * Associates a vSwitch of the table's VPC with a custom table; again with the same table changes nothing, with
     * another while it has one is refused (also when two associations race: the primary key takes one).
     */
    public void associate(Scope scope, String tableId, String subnetId) {
        tx.run(() -> {
            RouteTable t = lockTable(scope, tableId);
            if (t.system()) throw new DomainException(DomainError.SYSTEM_ROUTE_TABLE, tableId);
            if (RouteTable.FOR_GATEWAY.equals(t.associateType())) {
                throw new DomainException(DomainError.ROUTE_TABLE_TYPE_MISMATCH, tableId);
            }
            Subnet s = networks.lockSubnet(scope, subnetId);
            if (!s.vpcId().equals(t.vpcId())) throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, subnetId);
            var current = store.tableOf(subnetId);
            if (current.isPresent()) {
                if (current.get().equals(tableId)) return;
                throw new DomainException(DomainError.SUBNET_HAS_ROUTE_TABLE, subnetId);
            }
            try {
                store.associate(subnetId, tableId, clock.now());
            } catch (DuplicateKeyException raced) {
                throw new DomainException(DomainError.SUBNET_HAS_ROUTE_TABLE, subnetId);
            }
        });
    }

    /**
     * Locks a gateway route table for a gateway's association with it, which holds the gateway's row already (the
     * order of an entry to the gateway: next hop, then table); ROUTE_TABLE_TYPE_MISMATCH for a table vSwitches take.
     */
    public RouteTable lockForGateway(Scope scope, String tableId) {
        RouteTable t = lockTable(scope, tableId);
        if (!RouteTable.FOR_GATEWAY.equals(t.associateType())) {
            throw new DomainException(DomainError.ROUTE_TABLE_TYPE_MISMATCH, tableId);
        }
        return t;
    }

    /** The gateways each of these tables is associated with (absent: none). */
    public Map<String, List<String>> gatewaysOf(Collection<String> tableIds) {
        return tx.read(() -> store.gatewaysOf(tableIds));
    }

    /** Ends a vSwitch's association with a custom table: it is its VPC's system table's again. */
    public void unassociate(Scope scope, String tableId, String subnetId) {
        tx.run(() -> {
            RouteTable t = lockTable(scope, tableId);
            if (t.system()) throw new DomainException(DomainError.SYSTEM_ROUTE_TABLE, tableId);
            networks.subnet(scope, subnetId);
            if (!store.unassociate(subnetId, tableId)) throw new DomainException(DomainError.SUBNET_NOT_ASSOCIATED, subnetId);
        });
    }

    /**
     * Adds an entry to a table: the destination a CIDR block no other entry of the table has, the next hop of a kind
     * some area serves, in the table's VPC.
     */
    public RouteEntry createEntry(Scope scope, String id, NewEntry spec) {
        return tx.call(() -> {
            Cidr destination = cidr(spec.destinationCidr());
            table(scope, spec.routeTableId());
            String hopVpc = lockHop(scope, spec.nextHopKind(), spec.nextHopId());
            RouteTable t = lockTable(scope, spec.routeTableId());
            if (!hopVpc.equals(t.vpcId())) throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, spec.nextHopId());
            if (store.entryFor(t.id(), destination.toString()).isPresent()) {
                throw new DomainException(DomainError.ROUTE_ENTRY_CONFLICT, destination.toString());
            }
            RouteEntry e = new RouteEntry(id, scope.cloud(), scope.accountId(), t.region(), t.projectId(), t.id(),
                    destination.toString(), spec.nextHopKind(), spec.nextHopId(), nz(spec.name()), nz(spec.description()),
                    clock.now());
            try {
                store.entries().insert(e);
            } catch (DuplicateKeyException raced) {
                throw new DomainException(DomainError.ROUTE_ENTRY_CONFLICT, destination.toString());
            }
            return e;
        });
    }

    /**
     * Applies changes to the entries of a custom table in one transaction, in their order (the next hops locked first,
     * in id order, then the table); the table then holds at most limit entries.
     */
    public void changeEntries(Scope scope, String tableId, List<EntryChange> changes, int limit) {
        tx.run(() -> {
            table(scope, tableId);
            changes.stream().filter(c -> c.op() != EntryChange.Op.DELETE).map(c -> Map.entry(nz(c.nextHopId()),
                    nz(c.nextHopKind()))).distinct().sorted(Map.Entry.comparingByKey())
                    .forEach(h -> lockHop(scope, h.getValue(), h.getKey()));
            RouteTable t = lockTable(scope, tableId);
            if (t.system()) throw new DomainException(DomainError.SYSTEM_ROUTE_TABLE, tableId);
            for (EntryChange c : changes) {
                switch (c.op()) {
                    case ADD -> createEntry(scope, c.entryId(), new NewEntry(tableId, c.destinationCidr(),
                            c.nextHopKind(), c.nextHopId(), "", c.description()));
                    case UPDATE -> modifyEntry(scope, named(scope, t, c).id(), null, c.description(), c.nextHopKind(),
                            c.nextHopId());
                    case DELETE -> store.entries().delete(named(scope, t, c).id());
                }
            }
            if (store.entryCount(tableId) > limit) throw new DomainException(DomainError.ROUTE_ENTRY_QUOTA, tableId);
        });
    }

    /** The entry of the table a change names: by its id, else by its destination. */
    private RouteEntry named(Scope scope, RouteTable t, EntryChange c) {
        var byId = c.entryId() == null ? Optional.<RouteEntry>empty()
                : store.entries().find(scope, c.entryId()).filter(e -> e.routeTableId().equals(t.id()));
        return byId.or(() -> store.entryFor(t.id(), cidr(c.destinationCidr()).toString())).orElseThrow(() ->
                new DomainException(DomainError.ROUTE_ENTRY_NOT_FOUND, c.entryId() == null ? nz(c.destinationCidr())
                        : c.entryId()));
    }

    /** Locks a next hop and answers its VPC. */
    private String lockHop(Scope scope, String kind, String id) {
        NextHop hop = kind == null ? null : hop(kind);
        if (hop == null || id == null || id.isEmpty()) throw new DomainException(DomainError.NEXT_HOP_NOT_FOUND, nz(id));
        return hop.vpcOf(scope, id).orElseThrow(() -> new DomainException(DomainError.NEXT_HOP_NOT_FOUND, id));
    }

    public RouteEntry entry(Scope scope, String id) {
        return tx.read(() -> store.entries().get(scope, id, DomainError.ROUTE_ENTRY_NOT_FOUND));
    }

    /** The entry of a table for a destination. */
    public RouteEntry entryFor(Scope scope, String tableId, String destinationCidr) {
        return tx.read(() -> {
            Cidr destination = cidr(destinationCidr);
            table(scope, tableId);
            return store.entryFor(tableId, destination.toString())
                    .orElseThrow(() -> new DomainException(DomainError.ROUTE_ENTRY_NOT_FOUND, destination.toString()));
        });
    }

    /** The custom entries of these tables, in creation order. */
    public List<RouteEntry> entriesOf(Collection<String> tableIds) {
        return tx.read(() -> store.entriesOf(tableIds));
    }

    /** Deletes an entry by its id. */
    public void deleteEntry(Scope scope, String id) {
        tx.run(() -> {
            RouteEntry e = entry(scope, id);
            lockTable(scope, e.routeTableId());
            if (store.entries().delete(id) == 0) throw new DomainException(DomainError.ROUTE_ENTRY_NOT_FOUND, id);
        });
    }

    /** Deletes the entry of a table for a destination (and, when given, to that next hop). */
    public void deleteEntry(Scope scope, String tableId, String destinationCidr, String nextHopId) {
        tx.run(() -> {
            Cidr destination = cidr(destinationCidr);
            lockTable(scope, tableId);
            RouteEntry e = store.entryFor(tableId, destination.toString())
                    .filter(x -> nextHopId == null || nextHopId.isEmpty() || x.nextHopId().equals(nextHopId))
                    .orElseThrow(() -> new DomainException(DomainError.ROUTE_ENTRY_NOT_FOUND, destination.toString()));
            store.entries().delete(e.id());
        });
    }

    /**
     * Renames or re-describes an entry, or sends it to another next hop of its table's VPC (kind and id both given;
     * null keeps a value).
     */
    public RouteEntry modifyEntry(Scope scope, String id, String name, String description, String nextHopKind,
                                  String nextHopId) {
        return tx.call(() -> {
            RouteEntry e = entry(scope, id);
            boolean rehop = nextHopKind != null && nextHopId != null;
            String hopVpc = rehop ? lockHop(scope, nextHopKind, nextHopId) : null;
            RouteTable t = lockTable(scope, e.routeTableId());
            if (rehop && !hopVpc.equals(t.vpcId())) throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, nextHopId);
            store.entries().locked(scope, id, DomainError.ROUTE_ENTRY_NOT_FOUND);
            Map<String, Object> changes = new LinkedHashMap<>();
            if (name != null) changes.put("name", name);
            if (description != null) changes.put("description", description);
            if (rehop) {
                changes.put("nextHopKind", nextHopKind);
                changes.put("nextHopId", nextHopId);
            }
            if (!changes.isEmpty()) store.entries().update(id, changes);
            return entry(scope, id);
        });
    }

    /**
     * Refuses (NEXT_HOP_IN_USE) the deletion of a resource some entry sends traffic to, in the deleting transaction:
     * the deleter holds the resource's lock, which an entry's creation takes first, so none is made meanwhile.
     */
    public void requireNoEntryTo(String nextHopId) {
        if (tx.read(() -> store.entriesTo(nextHopId)) > 0) throw new DomainException(DomainError.NEXT_HOP_IN_USE, nextHopId);
    }

    /** The kinds of next hops some area serves. */
    public Set<String> nextHopKinds() {
        return hops.stream().map(NextHop::kind).collect(Collectors.toSet());
    }

    /** Every custom table with its vSwitches, and every entry (state export). */
    public List<RouteTable> allTables() {
        return tx.read(() -> store.all());
    }

    public Map<String, List<String>> allAssociations() {
        return tx.read(() -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (var a : store.allAssociations()) out.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).add(a.getValue());
            return out;
        });
    }

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(DomainError.INVALID_CIDR, nz(text));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private NextHop hop(String kind) {
        return hops.stream().filter(h -> h.kind().equals(kind)).findFirst().orElse(null);
    }
}
