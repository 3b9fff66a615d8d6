package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An instance serving a listener on a port, with its weight; a disabled one gets no traffic. UCloud only: backup (a
 * standby server, IsBackup). An instance serves a listener on a port once; terminating it takes it out.
 */
public record Backend(String id, Cloud cloud, String accountId, String region, String projectId, String loadBalancerId,
                      String listenerId, String instanceId, int port, int weight, boolean enabled, boolean backup,
                      OffsetDateTime createdAt) {}
