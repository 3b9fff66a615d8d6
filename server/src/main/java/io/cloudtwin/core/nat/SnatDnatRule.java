package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A one-to-one mapping of a NAT gateway (UCloud's SnatDnat rule): the host at privateIp goes out through the EIP
 * address eip and takes every TCP and UDP port of it in. One rule per private address and per EIP of a gateway.
 */
public record SnatDnatRule(String id, Cloud cloud, String accountId, String region, String projectId,
                           String natGatewayId, String privateIp, String eip, OffsetDateTime createdAt) {}
