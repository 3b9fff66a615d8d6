package io.cloudtwin.core.network;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What keeps a VPC from being deleted, by kind, for clouds that name the cause. */
@Component
public record NetworkUsageStore(JdbcClient jdbc) {
    /**
     * The first kind of resource still standing in the VPC: "subnet", "security_group", "instance", "route_table" (a
     * custom one), "route_entry" (a custom entry of its system table), "network_acl", "ipv4_gateway", "ipv6_gateway"
     * or "gateway_endpoint"; empty if none.
     */
    public Optional<String> firstDependent(String vpcId) {
        return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM subnet WHERE vpc_id = :v) THEN 'subnet' "
                        + "WHEN EXISTS (SELECT 1 FROM security_group WHERE vpc_id = :v) THEN 'security_group' "
                        + "WHEN EXISTS (SELECT 1 FROM instance WHERE vpc_id = :v) THEN 'instance' "
                        + "WHEN EXISTS (SELECT 1 FROM route_table WHERE vpc_id = :v AND NOT system_table) THEN 'route_table' "
                        + "WHEN EXISTS (SELECT 1 FROM route_entry e JOIN route_table t ON t.id = e.route_table_id "
                        + "WHERE t.vpc_id = :v) THEN 'route_entry' "
                        + "WHEN EXISTS (SELECT 1 FROM network_acl WHERE vpc_id = :v) THEN 'network_acl' "
                        + "WHEN EXISTS (SELECT 1 FROM ipv4_gateway WHERE vpc_id = :v) THEN 'ipv4_gateway' "
                        + "WHEN EXISTS (SELECT 1 FROM ipv6_gateway WHERE vpc_id = :v) THEN 'ipv6_gateway' "
                        + "WHEN EXISTS (SELECT 1 FROM gateway_endpoint WHERE vpc_id = :v) THEN 'gateway_endpoint' "
                        + "ELSE '' END")
                .param("v", vpcId).query(String.class).optional().filter(s -> !s.isEmpty());
    }
}
