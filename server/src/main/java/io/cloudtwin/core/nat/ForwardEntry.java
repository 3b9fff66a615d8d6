package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * Destination NAT of a gateway: externalIp (an EIP bound to the gateway) and externalPort, for ipProtocol (tcp, udp,
 * any), forwarded to internalIp:internalPort in the VPC. Ports "any" with protocol any.
 */
public record ForwardEntry(String id, Cloud cloud, String accountId, String region, String projectId,
                           String natGatewayId, String externalIp, String externalPort, String internalIp,
                           String internalPort, String ipProtocol, String name, OffsetDateTime createdAt) {}
