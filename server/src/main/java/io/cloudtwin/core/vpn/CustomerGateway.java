package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * The other side of a VPN connection: its public address (one customer gateway an address in a region), and for BGP
 * its autonomous system number (null: none) and authentication key.
 */
public record CustomerGateway(String id, Cloud cloud, String accountId, String region, String projectId,
                              String ipAddress, String name, String description, Long asn, String authKey,
                              OffsetDateTime createdAt) {}
