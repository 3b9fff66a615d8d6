package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** An IPv6 gateway of a VPC with IPv6 (one at most): the VPC's IPv6 way to the Internet. */
public record Ipv6Gateway(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                          String name, String description, OffsetDateTime createdAt) {}
