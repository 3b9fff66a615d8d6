package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A VPC's grant to a cloud enterprise network (CEN) of some account: that CEN may attach the VPC. The CEN itself is
 * another product's and is not modelled; the grant is the VPC side of the agreement.
 */
public record CenGrant(String id, Cloud cloud, String accountId, String region, String projectId, String instanceId,
                       String cenId, long cenOwnerId, OffsetDateTime createdAt) {}
