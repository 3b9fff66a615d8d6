package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A server certificate of the load balancers of a scope (UCloud's ULB SSL): the PEM content as uploaded (the
 * certificate, its private key, a CA chain), certType as the cloud names it (Pem), the content's MD5 (hashValue), and
 * what the certificate says of itself: the names it serves (domains, comma-separated) and its validity.
 */
public record Certificate(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                          String certType, String content, String hashValue, String domains, OffsetDateTime notBefore,
                          OffsetDateTime notAfter, OffsetDateTime createdAt) {}
