package io.cloudtwin.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.store.RowLocks;

/** VPCs, their subnets and the addresses given out in each subnet. */
@Component
public class NetworkStore {
    private static final String VPC_COLUMNS =
            "id, cloud, account_id, region, project_id, name, description, cidr_blocks, tag, created_at";
    private static final String SUBNET_COLUMNS =
            "id, cloud, account_id, region, project_id, vpc_id, zone, name, description, cidr_block, tag, created_at";

    private final JdbcClient jdbc;
    private final RowLocks locks;

    public NetworkStore(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public void insert(Vpc v) {
        jdbc.sql("INSERT INTO vpc (" + VPC_COLUMNS + ") VALUES (:id, :cloud, :accountId, :region, :projectId, :name, "
                        + ":description, :cidrBlocks, :tag, :createdAt)")
                .param("id", v.id()).param("cloud", v.cloud().key()).param("accountId", v.accountId())
                .param("region", v.region()).param("projectId", v.projectId()).param("name", v.name())
                .param("description", v.description()).param("cidrBlocks", String.join(",", v.cidrBlocks()))
                .param("tag", v.tag()).param("createdAt", v.createdAt()).update();
    }

    public void insert(Subnet s) {
        jdbc.sql("INSERT INTO subnet (" + SUBNET_COLUMNS + ") VALUES (:id, :cloud, :accountId, :region, :projectId, "
                        + ":vpcId, :zone, :name, :description, :cidrBlock, :tag, :createdAt)")
                .param("id", s.id()).param("cloud", s.cloud().key()).param("accountId", s.accountId())
                .param("region", s.region()).param("projectId", s.projectId()).param("vpcId", s.vpcId())
                .param("zone", s.zone()).param("name", s.name()).param("description", s.description())
                .param("cidrBlock", s.cidrBlock()).param("tag", s.tag()).param("createdAt", s.createdAt()).update();
    }

    public Optional<Vpc> findVpc(Scope scope, String id) {
        return jdbc.sql("SELECT " + VPC_COLUMNS + " FROM vpc WHERE id = :id AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).param("id", id).query(NetworkStore::vpc).optional();
    }

    /** Reads the VPC and locks its row: subnets, groups and instances placed in it are serialized with its deletion. */
    public Optional<Vpc> lockVpc(Scope scope, String id) {
        return jdbc.sql(locks.select(VPC_COLUMNS, "vpc", "name", "id = :id AND " + ScopeFilter.clause("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id).query(NetworkStore::vpc).optional();
    }

    public Optional<Subnet> findSubnet(Scope scope, String id) {
        return jdbc.sql("SELECT " + SUBNET_COLUMNS + " FROM subnet WHERE id = :id AND " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope)).param("id", id).query(NetworkStore::subnet).optional();
    }

    /** Reads the subnet and locks its row: address allocation in one subnet is serialized. */
    public Optional<Subnet> lockSubnet(Scope scope, String id) {
        return jdbc.sql(locks.select(SUBNET_COLUMNS, "subnet", "name", "id = :id AND " + ScopeFilter.clause("", scope)))
                .params(ScopeFilter.params(scope)).param("id", id).query(NetworkStore::subnet).optional();
    }

    public Page<Vpc> listVpcs(Scope scope, VpcFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.in(where, params, "id", "ids", f.ids());
        ScopeFilter.equal(where, params, "name", "name", f.name());
        ScopeFilter.equal(where, params, "tag", "tag", f.tag());
        long total = jdbc.sql("SELECT COUNT(*) FROM vpc WHERE " + where).params(params).query(Long.class).single();
        List<Vpc> items = jdbc.sql("SELECT " + VPC_COLUMNS + " FROM vpc WHERE " + where
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query(NetworkStore::vpc).list();
        return new Page<>(items, total);
    }

    public Page<Subnet> listSubnets(Scope scope, SubnetFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.in(where, params, "id", "ids", f.ids());
        ScopeFilter.equal(where, params, "vpc_id", "vpcId", f.vpcId());
        ScopeFilter.equal(where, params, "zone", "zone", f.zone());
        ScopeFilter.equal(where, params, "name", "name", f.name());
        ScopeFilter.equal(where, params, "tag", "tag", f.tag());
        long total = jdbc.sql("SELECT COUNT(*) FROM subnet WHERE " + where).params(params).query(Long.class).single();
        List<Subnet> items = jdbc.sql("SELECT " + SUBNET_COLUMNS + " FROM subnet WHERE " + where
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query(NetworkStore::subnet).list();
        return new Page<>(items, total);
    }

    /** The subnets of a VPC (any scope: the VPC's id already fixes it), in creation order. */
    public List<Subnet> subnetsOf(String vpcId) {
        return jdbc.sql("SELECT " + SUBNET_COLUMNS + " FROM subnet WHERE vpc_id = :vpcId ORDER BY created_at, id")
                .param("vpcId", vpcId).query(NetworkStore::subnet).list();
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
                        + "+ (SELECT COUNT(*) FROM instance WHERE vpc_id = :v)")
                .param("v", vpcId).query(Long.class).single();
    }

    public long subnetDependents(String subnetId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM subnet_address WHERE subnet_id = :s) "
                        + "+ (SELECT COUNT(*) FROM instance WHERE subnet_id = :s)")
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
        return jdbc.sql("SELECT COUNT(*) FROM vpc WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public boolean subnetExists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM subnet WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    /** Every VPC and subnet of every cloud and account, in creation order (state export). */
    public List<Vpc> allVpcs() {
        return jdbc.sql("SELECT " + VPC_COLUMNS + " FROM vpc ORDER BY created_at, id").query(NetworkStore::vpc).list();
    }

    public List<Subnet> allSubnets() {
        return jdbc.sql("SELECT " + SUBNET_COLUMNS + " FROM subnet ORDER BY created_at, id")
                .query(NetworkStore::subnet).list();
    }

    static Vpc vpc(ResultSet rs, int row) throws SQLException {
        return new Vpc(rs.getString("id"), cloud(rs), rs.getString("account_id"), rs.getString("region"),
                rs.getString("project_id"), rs.getString("name"), rs.getString("description"),
                Arrays.asList(rs.getString("cidr_blocks").split(",")), rs.getString("tag"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    static Subnet subnet(ResultSet rs, int row) throws SQLException {
        return new Subnet(rs.getString("id"), cloud(rs), rs.getString("account_id"), rs.getString("region"),
                rs.getString("project_id"), rs.getString("vpc_id"), rs.getString("zone"), rs.getString("name"),
                rs.getString("description"), rs.getString("cidr_block"), rs.getString("tag"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Cloud cloud(ResultSet rs) throws SQLException {
        return Cloud.valueOf(rs.getString("cloud").toUpperCase(Locale.ROOT));
    }
}
