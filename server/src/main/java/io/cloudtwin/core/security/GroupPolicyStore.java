package io.cloudtwin.core.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A security group's policy between its own members (Aliyun InnerAccessPolicy: Accept or Drop). */
@Component
public record GroupPolicyStore(JdbcClient jdbc) {
    public Map<String, String> innerAccessPolicies(Collection<String> groupIds) {
        Map<String, String> out = new HashMap<>();
        if (groupIds.isEmpty()) return out;
        jdbc.sql("SELECT id, inner_access_policy FROM security_group WHERE id IN (:ids)").param("ids", groupIds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public void setInnerAccessPolicy(String groupId, String policy) {
        jdbc.sql("UPDATE security_group SET inner_access_policy = :p WHERE id = :id")
                .param("p", policy).param("id", groupId).update();
    }
}
