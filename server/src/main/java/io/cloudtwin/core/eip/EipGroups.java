package io.cloudtwin.core.eip;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The group each EIP is filed under (elastic_ip.tag, V64): UCloud's Tag, a business group name; "" where the cloud
 * has none. Kept beside the ElasticIp record, which does not carry it. Not in the state document (yet): a fixture's
 * EIPs come back in the "" group.
 */
@Component
public record EipGroups(JdbcClient jdbc) {
    /** Files an EIP under a group (call it in the transaction that made or locked the EIP). */
    public void set(String eipId, String group) {
        jdbc.sql("UPDATE elastic_ip SET tag = :t WHERE id = :id").param("t", group).param("id", eipId).update();
    }

    /** The group of each of these EIPs. */
    public Map<String, String> of(Collection<String> eipIds) {
        Map<String, String> out = new HashMap<>();
        if (eipIds.isEmpty()) return out;
        jdbc.sql("SELECT id, tag FROM elastic_ip WHERE id IN (:ids)").param("ids", eipIds)
                .query((rs, n) -> out.put(rs.getString("id"), rs.getString("tag"))).list();
        return out;
    }
}
