package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A forwarding rule of an HTTP or HTTPS listener (a UCloud content forwarding policy): requests whose host
 * (matchType Domain) or path (Path) matches matchText go to the rule's backends; matchMode (Regular or Wildcard, for
 * a domain) and priority as the cloud takes them.
 */
public record ForwardingRule(String id, Cloud cloud, String accountId, String region, String projectId,
                             String loadBalancerId, String listenerId, String matchType, String matchText,
                             String matchMode, int priority, OffsetDateTime createdAt) {}
