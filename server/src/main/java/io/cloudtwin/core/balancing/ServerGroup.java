package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A named server pool of a load balancer (Aliyun SLB's VServer group, kind {@link #VSERVER}, or master-slave group,
 * {@link #MASTER_SLAVE}): its members are servers on ports ({@link ServerGroupMember}); a listener forwards to one
 * instead of the default pool.
 */
public record ServerGroup(String id, Cloud cloud, String accountId, String region, String projectId,
                          String loadBalancerId, String name, String kind, OffsetDateTime createdAt) {
    public static final String VSERVER = "vserver";
    /** Two members, one {@link ServerGroupMember#MASTER} taking the traffic, one {@link ServerGroupMember#SLAVE}. */
    public static final String MASTER_SLAVE = "master_slave";
}
