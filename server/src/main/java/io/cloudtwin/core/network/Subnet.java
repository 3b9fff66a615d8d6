package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A subnet of a VPC: an Aliyun vSwitch (in one zone) or a UCloud subnet (zone empty: regional). ipv6CidrBlock: its /64
 * of its VPC's IPv6 block; null: IPv6 disabled.
 */
public record Subnet(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                     String zone, String name, String description, String cidrBlock, String tag,
                     OffsetDateTime createdAt, String ipv6CidrBlock) {}
