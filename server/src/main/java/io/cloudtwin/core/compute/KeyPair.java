package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An SSH key pair of a scope: its public key (OpenSSH form) and fingerprint. Aliyun names a pair by its name (id and
 * name are the same), UCloud by an id of its own.
 */
public record KeyPair(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                      String fingerprint, String publicKey, OffsetDateTime createdAt) {}
