package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A block of a VPC NAT gateway's NAT IP addresses, in the cloud's words (Aliyun's NatIpCidr); the default one is the
 * CIDR block of the gateway's vSwitch.
 */
public record NatIpCidr(String id, Cloud cloud, String accountId, String region, String projectId,
                        String natGatewayId, String cidr, String name, String description, boolean isDefault,
                        OffsetDateTime createdAt) {}
