package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;

/**
 * Which VPC and subnet are the default network of a scope (UCloud's DefaultVPC / DefaultNetwork), and Aliyun's default
 * VPC of a region (no subnet of its own) with its default vSwitches, one a zone (default_vswitch).
 */
@Component
public record DefaultNetworkStore(JdbcClient jdbc) {
    public record Ids(String vpcId, String subnetId) {}

    public Optional<Ids> find(Scope scope) {
        return jdbc.sql("SELECT vpc_id, subnet_id FROM default_network WHERE " + ScopeFilter.clause("", scope))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new Ids(rs.getString("vpc_id"), rs.getString("subnet_id"))).optional();
    }

    /** Those of these VPCs that are a default one. */
    public Set<String> defaultVpcs(Collection<String> vpcIds) {
        if (vpcIds.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("SELECT vpc_id FROM default_network WHERE vpc_id IN (:ids)")
                .param("ids", vpcIds).query(String.class).list());
    }

    /** Those of these subnets that are a default one (UCloud's DefaultNetwork, Aliyun's default vSwitches). */
    public Set<String> defaultSubnets(Collection<String> subnetIds) {
        if (subnetIds.isEmpty()) return Set.of();
        Set<String> out = new HashSet<>(jdbc.sql("SELECT subnet_id FROM default_vswitch WHERE subnet_id IN (:ids)")
                .param("ids", subnetIds).query(String.class).list());
        out.addAll(jdbc.sql("SELECT subnet_id FROM default_network WHERE subnet_id IN (:ids)")
                .param("ids", subnetIds).query(String.class).list());
        return out;
    }

    /** The default VPCs that name no subnet of their own: Aliyun's (state export). */
    public Set<String> allVpcsAlone() {
        return new HashSet<>(jdbc.sql("SELECT vpc_id FROM default_network WHERE subnet_id IS NULL")
                .query(String.class).list());
    }

    /** The default vSwitch of that VPC in that zone. */
    public Optional<String> vSwitch(String vpcId, String zone) {
        return jdbc.sql("SELECT subnet_id FROM default_vswitch WHERE vpc_id = :v AND zone = :z")
                .param("v", vpcId).param("z", zone).query(String.class).optional();
    }

    /** Records a default vSwitch; the primary key refuses a second one for the VPC's zone. */
    public void insertVSwitch(String vpcId, String zone, String subnetId) {
        Rows.insert(jdbc, "default_vswitch", "vpc_id", vpcId, "zone", zone, "subnet_id", subnetId);
    }

    /** The subnet ids of every default network and default vSwitch (state export). */
    public Set<String> allSubnetIds() {
        Set<String> out = new HashSet<>(jdbc.sql("SELECT subnet_id FROM default_network WHERE subnet_id IS NOT NULL")
                .query(String.class).list());
        out.addAll(jdbc.sql("SELECT subnet_id FROM default_vswitch").query(String.class).list());
        return out;
    }

    /** Records the default network; the primary key refuses a second one for the scope. */
    public void insert(Scope scope, Ids ids) {
        jdbc.sql("INSERT INTO default_network (cloud, account_id, region, project_id, vpc_id, subnet_id) "
                        + "VALUES (:cloud, :accountId, :region, :projectId, :vpcId, :subnetId)")
                .params(ScopeFilter.params(scope)).param("vpcId", ids.vpcId()).param("subnetId", ids.subnetId())
                .update();
    }
}
