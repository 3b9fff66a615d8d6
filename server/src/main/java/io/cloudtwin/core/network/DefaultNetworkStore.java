package io.cloudtwin.core.network;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;

/** Which VPC and subnet are the default network of a scope (UCloud's DefaultVPC / DefaultNetwork). */
@Component
public record DefaultNetworkStore(JdbcClient jdbc) {
    public record Ids(String vpcId, String subnetId) {}

    public Optional<Ids> find(Scope scope) {
        return jdbc.sql("SELECT vpc_id, subnet_id FROM default_network WHERE " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new Ids(rs.getString("vpc_id"), rs.getString("subnet_id"))).optional();
    }

    /** The subnet ids of every default network (state export). */
    public Set<String> allSubnetIds() {
        return new HashSet<>(jdbc.sql("SELECT subnet_id FROM default_network").query(String.class).list());
    }

    /** Records the default network; the primary key refuses a second one for the scope. */
    public void insert(Scope scope, Ids ids) {
        jdbc.sql("INSERT INTO default_network (cloud, account_id, region, project_id, vpc_id, subnet_id) "
                        + "VALUES (:cloud, :accountId, :region, :projectId, :vpcId, :subnetId)")
                .params(ScopeFilter.params(scope)).param("vpcId", ids.vpcId()).param("subnetId", ids.subnetId())
                .update();
    }
}
