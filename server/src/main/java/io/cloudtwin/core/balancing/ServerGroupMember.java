package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A server of a server group on a port, with its weight (0: no traffic): serverType ecs (an instance, instanceId) or
 * eni (a network interface, interfaceId), as a default pool's {@link Member}. A server is in a group once per port.
 * role: a master-slave group's MASTER or SLAVE ("" in a VServer group).
 */
public record ServerGroupMember(String id, Cloud cloud, String accountId, String region, String projectId,
                                String serverGroupId, String serverId, String serverType, String instanceId,
                                String interfaceId, String serverIp, int port, int weight, String description,
                                String role, OffsetDateTime createdAt) {
    public static final String MASTER = "Master";
    public static final String SLAVE = "Slave";
}
