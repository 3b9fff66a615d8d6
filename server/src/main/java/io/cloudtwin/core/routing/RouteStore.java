package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Route tables, the vSwitches associated with them and their entries; the rules are RouteService's. */
@Component
public class RouteStore extends ScopedStore<RouteTable> {
    private final ScopedTable<RouteEntry> entries;

    /** Locking a route table serializes its associations, its entries and its deletion. */
    public RouteStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, new ScopedTable<>(jdbc, locks, "route_table", RouteTable.class, Map.of("system", "system_table")),
                DomainError.ROUTE_TABLE_NOT_FOUND);
        this.entries = new ScopedTable<>(jdbc, locks, "route_entry", RouteEntry.class);
    }

    /** Route entries. */
    public ScopedTable<RouteEntry> entries() {
        return entries;
    }

    public Page<RouteTable> listTables(Scope scope, RouteTableFilter f, int offset, int limit) {
        return table.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("vpc_id", f.vpcId())
                .equal("name", f.name()).equal("system_table", f.system()), offset, limit);
    }

    /** The tables of each of these VPCs, the system one among them, in creation order. */
    public Map<String, List<RouteTable>> tablesOfVpcs(Collection<String> vpcIds) {
        return table.groupedBy("vpc_id", vpcIds);
    }

    /** Associates a vSwitch with a table; the primary key refuses a vSwitch that has a table already. */
    public void associate(String subnetId, String tableId, OffsetDateTime at) {
        Rows.insert(jdbc, "route_table_vswitch", "subnet_id", subnetId, "route_table_id", tableId, "created_at", at);
    }

    /** Ends the association of a vSwitch with that table; false when it was not associated with it. */
    public boolean unassociate(String subnetId, String tableId) {
        return Rows.delete(jdbc, "route_table_vswitch", "subnet_id", subnetId, "route_table_id", tableId) == 1;
    }

    /** Ends whatever association the subnet has (UCloud's rebinding: back to its VPC's default table). */
    public void unbind(String subnetId) {
        Rows.delete(jdbc, "route_table_vswitch", "subnet_id", subnetId);
    }

    /** The custom table a vSwitch is associated with, if any. */
    public Optional<String> tableOf(String subnetId) {
        return jdbc.sql("SELECT route_table_id FROM route_table_vswitch WHERE subnet_id = :s").param("s", subnetId)
                .query(String.class).optional();
    }

    /** The custom table of each of these vSwitches that has one. */
    public Map<String, String> tablesOf(Collection<String> subnetIds) {
        return Rows.pairs(jdbc, "route_table_vswitch", "subnet_id", "route_table_id", subnetIds);
    }

    /** The vSwitches associated with each of these tables, in the order of association. */
    public Map<String, List<String>> vSwitchesOf(Collection<String> tableIds) {
        if (tableIds.isEmpty()) return new LinkedHashMap<>();
        return Rows.grouped(jdbc.sql("SELECT route_table_id, subnet_id FROM route_table_vswitch WHERE route_table_id IN (:t) "
                        + "ORDER BY created_at, subnet_id").param("t", tableIds)
                .query((rs, n) -> Map.entry(rs.getString("route_table_id"), rs.getString("subnet_id"))).list(),
                Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Every association: table id and vSwitch id, in the order they were made (state export). */
    public List<Map.Entry<String, String>> allAssociations() {
        return jdbc.sql("SELECT route_table_id, subnet_id FROM route_table_vswitch ORDER BY created_at, subnet_id")
                .query((rs, n) -> Map.entry(rs.getString("route_table_id"), rs.getString("subnet_id"))).list();
    }

    public long associationCount(String tableId) {
        return Rows.countAll(jdbc, tableId, "route_table_vswitch WHERE route_table_id = :value",
                "gateway_endpoint_route_table WHERE route_table_id = :value");
    }

    /** The IPv4 gateway a table is associated with, if any. */
    public Optional<String> gatewayOf(String tableId) {
        return jdbc.sql("SELECT id FROM ipv4_gateway WHERE route_table_id = :t").param("t", tableId)
                .query(String.class).optional();
    }

    /** The IPv4 gateways associated with each of these tables (at most one: the unique index). */
    public Map<String, List<String>> gatewaysOf(Collection<String> tableIds) {
        return Rows.lists(jdbc, "ipv4_gateway", "route_table_id", "id", tableIds, "id");
    }

    /** The entry of a table for a destination (at most one: the unique index). */
    public Optional<RouteEntry> entryFor(String tableId, String destinationCidr) {
        return jdbc.sql("SELECT * FROM route_entry WHERE route_table_id = :t AND destination_cidr = :d")
                .param("t", tableId).param("d", destinationCidr).query((rs, n) -> entries.map(rs)).optional();
    }

    /** The entries of these tables, in creation order. */
    public List<RouteEntry> entriesOf(Collection<String> tableIds) {
        if (tableIds.isEmpty()) return List.of();
        return entries.select("route_table_id IN (:t)", Map.of("t", tableIds));
    }

    /** Deletes a table's entries (a UCloud table goes with its rules). */
    public void deleteEntriesOf(String tableId) {
        Rows.delete(jdbc, "route_entry", "route_table_id", tableId);
    }

    /** How many entries send traffic to that next hop. */
    public long entriesTo(String nextHopId) {
        return Rows.count(jdbc, "route_entry", "next_hop_id", nextHopId);
    }

    public long entryCount(String tableId) {
        return Rows.count(jdbc, "route_entry", "route_table_id", tableId);
    }
}
