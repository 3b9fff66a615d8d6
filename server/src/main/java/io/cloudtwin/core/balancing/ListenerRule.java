package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A rule of an HTTP or HTTPS listener (Aliyun SLB's forwarding rules): the requests for domain and/or url ("" for
 * any) go to a server group of the load balancer instead of the listener's own servers; settings: the rule's own
 * scheduling, session and health check settings in the cloud's words ({@link ListenerSettings}). UCloud's content
 * policies, which send to a listener's backends, are {@link ForwardingRule}s.
 */
public record ListenerRule(String id, Cloud cloud, String accountId, String region, String projectId,
                           String loadBalancerId, String listenerId, String name, String domain, String url,
                           String serverGroupId, String settings, OffsetDateTime createdAt) {}
