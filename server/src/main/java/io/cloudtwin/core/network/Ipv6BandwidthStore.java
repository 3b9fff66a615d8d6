package io.cloudtwin.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/**
 * IPv6 Internet bandwidths (the unique index: one an address; the cascade: gone with the address), and the IPv6
 * addresses of a scope as the VPC product lists them (subnet_ipv6_address joined with its subnet and VPC).
 */
@Component
public class Ipv6BandwidthStore extends ScopedStore<Ipv6Bandwidth> {
    private static final String ADDRESSES = "FROM subnet_ipv6_address a JOIN subnet s ON s.id = a.subnet_id "
            + "JOIN vpc v ON v.id = s.vpc_id LEFT JOIN ipv6_internet_bandwidth b ON b.ipv6_address_id = a.id WHERE ";
    private static final String INSTANCE_HELD = "EXISTS (SELECT 1 FROM instance i WHERE i.id = a.owner_id)";

    public Ipv6BandwidthStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ipv6_internet_bandwidth", Ipv6Bandwidth.class, DomainError.IPV6_BANDWIDTH_NOT_FOUND);
    }

    /** The bandwidths through a gateway. */
    public long ofGateway(String gatewayId) {
        return Rows.count(jdbc, "ipv6_internet_bandwidth", "ipv6_gateway_id", gatewayId);
    }

    /** The scope's IPv6 address of that id, with its bandwidth. */
    public Optional<Ipv6Address> address(Scope scope, String id) {
        var page = addresses(scope, Ipv6Address.Filter.of(id), 0, 1);
        return page.items().stream().findFirst();
    }

    /** A page of the scope's IPv6 addresses the filter leaves, in the order given out. */
    public Page<Ipv6Address> addresses(Scope scope, Ipv6Address.Filter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("s", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.equal(where, params, "a.id", "id", f.id());
        ScopeFilter.equal(where, params, "a.address", "address", f.address());
        ScopeFilter.equal(where, params, "a.owner_id", "owner", f.ownerId());
        ScopeFilter.equal(where, params, "s.vpc_id", "vpc", f.vpcId());
        ScopeFilter.equal(where, params, "a.subnet_id", "subnet", f.subnetId());
        ScopeFilter.equal(where, params, "b.id", "bandwidth", f.bandwidthId());
        ScopeFilter.equal(where, params, "a.name", "name", f.name());
        if (f.publicOnly() != null) where.append(f.publicOnly() ? " AND b.id IS NOT NULL" : " AND b.id IS NULL");
        if (f.instanceHeld() != null) {
            where.append(f.instanceHeld() ? " AND " : " AND a.owner_id <> '' AND NOT ").append(INSTANCE_HELD);
        }
        long total = jdbc.sql("SELECT COUNT(*) " + ADDRESSES + where).params(params).query(Long.class).single();
        List<Ipv6Address> items = jdbc.sql("SELECT a.id, a.address, a.subnet_id, s.vpc_id, a.owner_id, v.ipv6_isp, "
                        + "a.name, a.description, a.created_at, "
                        + "CASE WHEN " + INSTANCE_HELD + " THEN 1 ELSE 0 END AS instance_held, "
                        + "b.id AS b_id, b.cloud AS b_cloud, b.account_id AS b_account, b.region AS b_region, "
                        + "b.project_id AS b_project, b.ipv6_gateway_id, b.bandwidth, b.internet_charge_type, "
                        + "b.created_at AS b_created " + ADDRESSES + where
                        + " ORDER BY a.created_at, a.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Ipv6Address(rs.getString("id"), rs.getString("address"),
                        rs.getString("subnet_id"), rs.getString("vpc_id"), rs.getString("owner_id"),
                        rs.getInt("instance_held") == 1, rs.getString("ipv6_isp"),
                        rs.getObject("created_at", OffsetDateTime.class), bandwidth(rs), rs.getString("name"),
                        rs.getString("description"))).list();
        return new Page<>(items, total);
    }

    /** The addresses nothing holds, of every scope (state export), each with its subnet's scope. */
    public List<Ipv6Address.Placed> standalone() {
        return placed("a.owner_id = ''");
    }

    /** The addresses an instance or interface holds that have a name or a description (state export). */
    public List<Ipv6Address.Placed> namedHeld() {
        return placed("a.owner_id <> '' AND (a.name <> '' OR a.description <> '')");
    }

    /** The addresses of a condition on the address row (a), each with its subnet's scope, oldest first. */
    private List<Ipv6Address.Placed> placed(String condition) {
        return jdbc.sql("SELECT a.id, a.address, a.subnet_id, s.vpc_id, a.owner_id, a.name, a.description, "
                        + "a.created_at, s.cloud, s.account_id, s.region, s.project_id FROM subnet_ipv6_address a "
                        + "JOIN subnet s ON s.id = a.subnet_id WHERE " + condition + " ORDER BY a.created_at, a.id")
                .query((rs, n) -> new Ipv6Address.Placed(new Scope(Cloud.valueOf(rs.getString("cloud")
                        .toUpperCase(Locale.ROOT)), rs.getString("account_id"), rs.getString("region"),
                        rs.getString("project_id")), new Ipv6Address(rs.getString("id"), rs.getString("address"),
                        rs.getString("subnet_id"), rs.getString("vpc_id"), rs.getString("owner_id"), false, null,
                        rs.getObject("created_at", OffsetDateTime.class), null, rs.getString("name"),
                        rs.getString("description")))).list();
    }

    /** The bandwidth joined to an address's row (the LEFT JOIN of ADDRESSES), or null. */
    private static Ipv6Bandwidth bandwidth(ResultSet rs) throws SQLException {
        String id = rs.getString("b_id");
        if (id == null) return null;
        return new Ipv6Bandwidth(id, Cloud.valueOf(rs.getString("b_cloud").toUpperCase(Locale.ROOT)),
                rs.getString("b_account"), rs.getString("b_region"), rs.getString("b_project"), rs.getString("id"),
                rs.getString("ipv6_gateway_id"), rs.getInt("bandwidth"), rs.getString("internet_charge_type"),
                rs.getObject("b_created", OffsetDateTime.class));
    }
}
