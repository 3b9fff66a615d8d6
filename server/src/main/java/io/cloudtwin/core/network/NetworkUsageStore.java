package io.cloudtwin.core.network;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What keeps a VPC from being deleted, by kind, for clouds that name the cause. */
@Component
public class NetworkUsageStore {
    private final JdbcClient jdbc;

    public NetworkUsageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first kind of resource still standing in the VPC: "subnet", "security_group" or "instance"; empty if none. */
    public Optional<String> firstDependent(String vpcId) {
        return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM subnet WHERE vpc_id = :v) THEN 'subnet' "
                        + "WHEN EXISTS (SELECT 1 FROM security_group WHERE vpc_id = :v) THEN 'security_group' "
                        + "WHEN EXISTS (SELECT 1 FROM instance WHERE vpc_id = :v) THEN 'instance' ELSE '' END")
                .param("v", vpcId).query(String.class).optional().filter(s -> !s.isEmpty());
    }
}
