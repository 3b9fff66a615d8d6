package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A domain extension of an HTTPS listener (Aliyun SLB's): the clients that ask for domain (SNI) are served the
 * certificate certificateId instead of the listener's own.
 */
public record DomainExtension(String id, Cloud cloud, String accountId, String region, String projectId,
                              String loadBalancerId, String listenerId, String domain, String certificateId,
                              OffsetDateTime createdAt) {}
