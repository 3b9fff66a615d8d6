package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/**
 * A virtual private network: an Aliyun VPC or a UCloud VPC. cidrBlocks: one or more IPv4 blocks, the first primary.
 * ipv6CidrBlock: its IPv6 /56 (Ipv6Blocks), announced through ipv6Isp; null both: IPv6 disabled.
 */
public record Vpc(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                  String description, List<String> cidrBlocks, String tag, OffsetDateTime createdAt,
                  String ipv6CidrBlock, String ipv6Isp) {
    public boolean ipv6() {
        return ipv6CidrBlock != null;
    }
}
