package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A permission on a network interface for another account (granteeAccountId): what that account may do with the card
 * (Aliyun's InstanceAttach: attach it to its instances). The grantee's side of the agreement is not modelled.
 */
public record InterfacePermission(String id, Cloud cloud, String accountId, String region, String projectId,
                                  String interfaceId, long granteeAccountId, String permission,
                                  OffsetDateTime createdAt) {}
