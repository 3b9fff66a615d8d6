package io.cloudtwin.core.routing;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;

/** The names and descriptions given to VPCs' vRouters (V120), by VPC; a VPC without a row has neither. */
@Component
public class VRouterStore {
    private final JdbcClient jdbc;

    public VRouterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A router's own attributes. */
    public record Attributes(String vpcId, String name, String description) {}

    /** The attributes of these VPCs' routers that have some, by VPC. */
    public Map<String, Attributes> of(Collection<String> vpcIds) {
        Map<String, Attributes> out = new HashMap<>();
        if (vpcIds.isEmpty()) return out;
        jdbc.sql("SELECT vpc_id, name, description FROM vrouter WHERE vpc_id IN (:v)").param("v", vpcIds)
                .query((rs, n) -> new Attributes(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(a -> out.put(a.vpcId(), a));
        return out;
    }

    /** A router's attributes with its VPC's cloud, account and region, for the state document. */
    public record Kept(String cloud, String accountId, String region, String vpcId, String name, String description) {}

    /** Every router with attributes, for the state document. */
    public List<Kept> all() {
        return jdbc.sql("SELECT v.cloud, v.account_id, v.region, r.vpc_id, r.name, r.description FROM vrouter r "
                        + "JOIN vpc v ON v.id = r.vpc_id ORDER BY r.vpc_id")
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    /** Whether the VPC's router has attributes of its own. */
    public boolean exists(String vpcId) {
        return Rows.count(jdbc, "vrouter", "vpc_id", vpcId) > 0;
    }

    /**
     * Sets the router's name and description (null leaves one as it is); the caller holds the VPC's row lock, so no
     * other change of the row races this one's insert.
     */
    public void set(String vpcId, String name, String description) {
        int changed = jdbc.sql("UPDATE vrouter SET name = COALESCE(:n, name), description = COALESCE(:d, description) "
                + "WHERE vpc_id = :v").param("n", name, Types.VARCHAR)
                .param("d", description, Types.VARCHAR).param("v", vpcId).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO vrouter (vpc_id, name, description) VALUES (:v, :n, :d)").param("v", vpcId)
                    .param("n", name == null ? "" : name).param("d", description == null ? "" : description).update();
        }
    }
}
