package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * Source NAT of a gateway: traffic from a subnet (sourceSubnetId) or a CIDR block (sourceCidr; the other "") leaves
 * through the EIP addresses snatIps (comma-separated), each an EIP bound to the gateway. sourceKey: the source as one
 * value, unique per gateway.
 */
public record SnatEntry(String id, Cloud cloud, String accountId, String region, String projectId, String natGatewayId,
                        String sourceSubnetId, String sourceCidr, String sourceKey, String snatIps, String name,
                        OffsetDateTime createdAt) {}
