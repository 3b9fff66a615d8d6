package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A member of a load balancer's default server pool (Aliyun BackendServers): a server (serverType ecs: an instance,
 * instanceId; eni: a network interface, interfaceId) serving every listener of the load balancer on the listener's
 * backend port, with its weight (0: no traffic). A server is a member once; releasing it takes it out.
 */
public record Member(String id, Cloud cloud, String accountId, String region, String projectId, String loadBalancerId,
                     String serverId, String serverType, String instanceId, String interfaceId, String serverIp,
                     int weight, String description, OffsetDateTime createdAt) {
    public static final String INSTANCE = "ecs";
    public static final String INTERFACE = "eni";
}
