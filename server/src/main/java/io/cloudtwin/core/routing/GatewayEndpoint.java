package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A gateway endpoint of a VPC: the VPC's private way to a cloud service (serviceName, one endpoint a VPC and service),
 * with the access policy it was given ("" for none); the route tables associated with it are kept beside it.
 */
public record GatewayEndpoint(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                              String serviceName, String name, String description, String policyDocument,
                              OffsetDateTime createdAt) {}
