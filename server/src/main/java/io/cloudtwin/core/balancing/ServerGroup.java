package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A named server pool of a load balancer (Aliyun SLB's VServer group): its members are servers on ports
 * ({@link ServerGroupMember}); a listener forwards to one instead of the default pool.
 */
public record ServerGroup(String id, Cloud cloud, String accountId, String region, String projectId,
                          String loadBalancerId, String name, OffsetDateTime createdAt) {}
