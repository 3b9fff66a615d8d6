package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
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

    /** VPCs; locking one serializes the subnets, groups and instances placed in it with its deletion. */
    public ScopedTable<Vpc> vpcs() {
        return vpcs;
    }

    /** Subnets; locking one serializes address allocation in it. */
    public ScopedTable<Subnet> subnets() {
        return subnets;
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
        return subnets.select("vpc_id = :vpcId", Map.of("vpcId", vpcId));
    }

    /** The subnets of these VPCs, by VPC, each in creation order (the VPCs' ids already fix the scope). */
    public Map<String, List<Subnet>> subnetsOf(Collection<String> vpcIds) {
        return subnets.groupedBy("vpc_id", vpcIds);
    }

    /** What still stands in a VPC: its subnets, security groups and instances, counted in one statement. */
    public long vpcDependents(String vpcId) {
        return Rows.countAll(jdbc, vpcId, "subnet WHERE vpc_id = :value", "security_group WHERE vpc_id = :value",
                "instance WHERE vpc_id = :value", "vpc_peering WHERE vpc_id = :value OR peer_vpc_id = :value",
                "network_acl WHERE vpc_id = :value");
    }

    /** Whether a VPC has this IPv6 block. */
    public boolean ipv6BlockTaken(String block) {
        return Rows.count(jdbc, "vpc", "ipv6_cidr_block", block) > 0;
    }

    /** Whether the VPC has an IPv6 gateway. */
    public boolean ipv6GatewayOf(String vpcId) {
        return Rows.count(jdbc, "ipv6_gateway", "vpc_id", vpcId) > 0;
    }

    /** Sets a VPC's IPv6 block and ISP (null both: IPv6 disabled); the unique index refuses another VPC's block. */
    public void setVpcIpv6(String vpcId, String block, String isp) {
        jdbc.sql("UPDATE vpc SET ipv6_cidr_block = :b, ipv6_isp = :i WHERE id = :id").param("b", block)
                .param("i", isp).param("id", vpcId).update();
    }

    /** Sets a subnet's IPv6 block (null: disabled). */
    public void setSubnetIpv6(String subnetId, String block) {
        jdbc.sql("UPDATE subnet SET ipv6_cidr_block = :b WHERE id = :id").param("b", block).param("id", subnetId)
                .update();
    }

    /** Whether the subnet is bound to a network ACL. */
    public boolean aclBound(String subnetId) {
        return Rows.count(jdbc, "network_acl_binding", "subnet_id", subnetId) > 0;
    }

    /** What still stands in a subnet: addresses given out, instances, and a custom route table it is associated with. */
    public long subnetDependents(String subnetId) {
        return Rows.countAll(jdbc, subnetId, "subnet_address WHERE subnet_id = :value", "instance WHERE subnet_id = :value",
                "route_table_vswitch WHERE subnet_id = :value", "load_balancer WHERE subnet_id = :value");
    }

    /** The subnet's reserved IPv4 blocks (CidrReservation), which its address allocation passes over. */
    public List<Cidr> reservedBlocks(String subnetId) {
        return jdbc.sql("SELECT cidr FROM vswitch_cidr_reservation WHERE subnet_id = :s AND ip_version = 'IPv4'")
                .param("s", subnetId).query(String.class).list().stream().map(Cidr::parse).toList();
    }

    /** Addresses given out in a subnet, as numbers, ascending. */
    public List<Long> addresses(String subnetId) {
        return jdbc.sql("SELECT address FROM subnet_address WHERE subnet_id = :s").param("s", subnetId)
                .query(String.class).list().stream().map(Cidr::address).sorted().toList();
    }

    public long addressCount(String subnetId) {
        return Rows.count(jdbc, "subnet_address", "subnet_id", subnetId);
    }

    /** Addresses in use per subnet, for the given subnets (absent: none). */
    public Map<String, Long> addressCounts(Collection<String> subnetIds) {
        return Rows.countsBy(jdbc, "subnet_address", "subnet_id", subnetIds);
    }

    /** Records an address; the primary key refuses one that is already given out. */
    public void addAddress(String subnetId, String address, String ownerId) {
        Rows.insert(jdbc, "subnet_address", "subnet_id", subnetId, "address", address, "owner_id", ownerId);
    }

    /** Frees one address of an owner; false when the owner holds no such address. */
    public boolean releaseAddress(String ownerId, String address) {
        return Rows.delete(jdbc, "subnet_address", "owner_id", ownerId, "address", address) == 1;
    }

    /** The addresses each of these owners holds (an owner that holds none is left out). */
    public Map<String, List<String>> addressesOf(Collection<String> ownerIds) {
        Map<String, List<String>> out = new HashMap<>();
        if (ownerIds.isEmpty()) return out;
        jdbc.sql("SELECT owner_id, address FROM subnet_address WHERE owner_id IN (:o)").param("o", ownerIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("owner_id"), k -> new ArrayList<>())
                        .add(rs.getString("address"))).list();
        out.values().forEach(l -> l.sort(Comparator.comparingLong(Cidr::address)));
        return out;
    }

    public int releaseAddresses(String ownerId) {
        jdbc.sql("DELETE FROM subnet_ipv6_address WHERE owner_id = :o").param("o", ownerId).update();
        return jdbc.sql("DELETE FROM subnet_address WHERE owner_id = :o").param("o", ownerId).update();
    }

    /** Records an IPv6 address; the primary key refuses one that is given out already. */
    public void addIpv6Address(String subnetId, String address, String ownerId, String id, OffsetDateTime at) {
        jdbc.sql("INSERT INTO subnet_ipv6_address (subnet_id, address, owner_id, id, created_at) "
                        + "VALUES (:s, :a, :o, :id, :at)")
                .param("s", subnetId).param("a", address).param("o", ownerId).param("id", id).param("at", at).update();
    }

    /** Whether an IPv6 address of that id is given out. */
    public boolean ipv6AddressExists(String id) {
        return Rows.count(jdbc, "subnet_ipv6_address", "id", id) > 0;
    }

    /** Names and describes an IPv6 address. */
    public void describeIpv6Address(String id, String name, String description) {
        jdbc.sql("UPDATE subnet_ipv6_address SET name = :n, description = :d WHERE id = :id").param("n", name)
                .param("d", description).param("id", id).update();
    }

    /** Frees an IPv6 address that nothing holds and no bandwidth goes out of; false: none such. */
    public boolean releaseStandaloneIpv6(String id) {
        return jdbc.sql("DELETE FROM subnet_ipv6_address WHERE id = :id AND owner_id = '' AND NOT EXISTS "
                + "(SELECT 1 FROM ipv6_internet_bandwidth WHERE ipv6_address_id = :id)").param("id", id).update() == 1;
    }

    /** Whether the subnet has given this IPv6 address out. */
    public boolean ipv6AddressTaken(String subnetId, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM subnet_ipv6_address WHERE subnet_id = :s AND address = :a")
                .param("s", subnetId).param("a", address).query(Long.class).single() > 0;
    }

    /** IPv6 addresses the subnet has given out. */
    public long ipv6AddressCount(String subnetId) {
        return Rows.count(jdbc, "subnet_ipv6_address", "subnet_id", subnetId);
    }

    /** The owners of these IPv6 addresses (any subnet: the caller narrows to its scope). */
    public List<String> ipv6Owners(Collection<String> addresses) {
        if (addresses.isEmpty()) return List.of();
        return jdbc.sql("SELECT DISTINCT owner_id FROM subnet_ipv6_address WHERE address IN (:a)")
                .param("a", addresses).query(String.class).list();
    }

    /** Frees one IPv6 address of an owner; false when the owner holds no such address. */
    public boolean releaseIpv6Address(String ownerId, String address) {
        return Rows.delete(jdbc, "subnet_ipv6_address", "owner_id", ownerId, "address", address) == 1;
    }

    /** The IPv6 addresses each of these owners holds, in the order given out (an owner with none is left out). */
    public Map<String, List<String>> ipv6AddressesOf(Collection<String> ownerIds) {
        Map<String, List<String>> out = new HashMap<>();
        if (ownerIds.isEmpty()) return out;
        jdbc.sql("SELECT owner_id, address FROM subnet_ipv6_address WHERE owner_id IN (:o) ORDER BY created_at, address")
                .param("o", ownerIds).query((rs, n) -> out.computeIfAbsent(rs.getString("owner_id"),
                        k -> new ArrayList<>()).add(rs.getString("address"))).list();
        return out;
    }
}
