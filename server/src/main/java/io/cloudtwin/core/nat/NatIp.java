package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An address a VPC NAT gateway translates to or from (Aliyun's NatIp), of one of its blocks (natIpCidr); the default
 * one is the gateway's own address in its vSwitch.
 */
public record NatIp(String id, Cloud cloud, String accountId, String region, String projectId, String natGatewayId,
                    String natIpCidr, String address, String name, String description, boolean isDefault,
                    OffsetDateTime createdAt) {}
