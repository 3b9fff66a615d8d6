package io.cloudtwin.core.network;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** VPCs, their subnets and the addresses given out in each subnet. */
@Component
public class NetworkStore {
    private final JdbcClient jdbc;
    private final ScopedTable<Vpc> vpcs;
    private final ScopedTable<Subnet> subnets;

    public NetworkStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.vpcs = new ScopedTable<>(jdbc, locks, "vpc", Vpc.class);
        this.subnets = new ScopedTable<>(jdbc, locks, "subnet", Subnet.class);
    }

    public void insert(Vpc v) {
        vpcs.insert(v);
    }

    public void insert(Subnet s) {
        subnets.insert(s);
    }

    public Optional<Vpc> findVpc(Scope scope, String id) {
        return vpcs.find(scope, id);
    }

    /** Reads the VPC and locks its row: subnets, groups and instances placed in it are serialized with its deletion. */
    public Optional<Vpc> lockVpc(Scope scope, String id) {
        return vpcs.lock(scope, id);
    }

    public Optional<Subnet> findSubnet(Scope scope, String id) {
        return subnets.find(scope, id);
    }

    /** Reads the subnet and locks its row: address allocation in one subnet is serialized. */
    public Optional<Subnet> lockSubnet(Scope scope, String id) {
        return subnets.lock(scope, id);
    }

    public Page<Vpc> listVpcs(Scope scope, VpcFilter f, int offset, int limit) {
        return vpcs.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("name", f.name()).equal("tag", f.tag()),
                offset, limit);
    }

    public Page<Subnet> listSubnets(Scope scope, SubnetFilter f, int offset, int limit) {
        return subnets.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("vpc_id", f.vpcId())
                .equal("zone", f.zone()).equal("name", f.name()).equal("tag", f.tag()), offset, limit);
    }

    /** The subnets of a VPC (any scope: the VPC's id already fixes it), in creation order. */
    public List<Subnet> subnetsOf(String vpcId) {
        return jdbc.sql("SELECT * FROM subnet WHERE vpc_id = :vpcId ORDER BY created_at, id")
                .param("vpcId", vpcId).query((rs, n) -> subnets.map(rs)).list();
    }

    public void updateVpc(String id, String name, String description) {
        jdbc.sql("UPDATE vpc SET name = COALESCE(:name, name), description = COALESCE(:description, description) "
                        + "WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("description", description, Types.VARCHAR)
                .param("id", id).update();
    }

    public void updateSubnet(String id, String name, String description) {
        jdbc.sql("UPDATE subnet SET name = COALESCE(:name, name), description = COALESCE(:description, description) "
                        + "WHERE id = :id")
                .param("name", name, Types.VARCHAR).param("description", description, Types.VARCHAR)
                .param("id", id).update();
    }

    /** What still stands in a VPC: its subnets, security groups and instances, counted in one statement. */
    public long vpcDependents(String vpcId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM subnet WHERE vpc_id = :v) "
                        + "+ (SELECT COUNT(*) FROM security_group WHERE vpc_id = :v) "
                        + "+ (SELECT COUNT(*) FROM instance WHERE vpc_id = :v) "
                        + "+ (SELECT COUNT(*) FROM vpc_peering WHERE vpc_id = :v OR peer_vpc_id = :v)")
                .param("v", vpcId).query(Long.class).single();
    }

    /** What still stands in a subnet: addresses given out, instances, and a custom route table it is associated with. */
    public long subnetDependents(String subnetId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM subnet_address WHERE subnet_id = :s) "
                        + "+ (SELECT COUNT(*) FROM instance WHERE subnet_id = :s) "
                        + "+ (SELECT COUNT(*) FROM route_table_vswitch WHERE subnet_id = :s) "
                        + "+ (SELECT COUNT(*) FROM load_balancer WHERE subnet_id = :s)")
                .param("s", subnetId).query(Long.class).single();
    }

    public int deleteVpc(String id) {
        return jdbc.sql("DELETE FROM vpc WHERE id = :id").param("id", id).update();
    }

    public int deleteSubnet(String id) {
        return jdbc.sql("DELETE FROM subnet WHERE id = :id").param("id", id).update();
    }

    /** Addresses given out in a subnet, as numbers, ascending. */
    public List<Long> addresses(String subnetId) {
        return jdbc.sql("SELECT address FROM subnet_address WHERE subnet_id = :s").param("s", subnetId)
                .query(String.class).list().stream().map(Cidr::address).sorted().toList();
    }

    public long addressCount(String subnetId) {
        return jdbc.sql("SELECT COUNT(*) FROM subnet_address WHERE subnet_id = :s").param("s", subnetId)
                .query(Long.class).single();
    }

    /** Addresses in use per subnet, for the given subnets (absent: none). */
    public Map<String, Long> addressCounts(Collection<String> subnetIds) {
        Map<String, Long> out = new HashMap<>();
        if (subnetIds.isEmpty()) return out;
        jdbc.sql("SELECT subnet_id, COUNT(*) AS n FROM subnet_address WHERE subnet_id IN (:ids) GROUP BY subnet_id")
                .param("ids", subnetIds)
                .query((rs, row) -> out.put(rs.getString("subnet_id"), rs.getLong("n"))).list();
        return out;
    }

    /** Records an address; the primary key refuses one that is already given out. */
    public void addAddress(String subnetId, String address, String ownerId) {
        jdbc.sql("INSERT INTO subnet_address (subnet_id, address, owner_id) VALUES (:s, :a, :o)")
                .param("s", subnetId).param("a", address).param("o", ownerId).update();
    }

    public int releaseAddresses(String ownerId) {
        return jdbc.sql("DELETE FROM subnet_address WHERE owner_id = :o").param("o", ownerId).update();
    }

    public boolean vpcExists(String id) {
        return vpcs.exists(id);
    }

    public boolean subnetExists(String id) {
        return subnets.exists(id);
    }

    /** Every VPC and subnet of every cloud and account, in creation order (state export). */
    public List<Vpc> allVpcs() {
        return vpcs.all();
    }

    public List<Subnet> allSubnets() {
        return subnets.all();
    }
}
