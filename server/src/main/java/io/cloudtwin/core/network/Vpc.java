package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/** A virtual private network: an Aliyun VPC or a UCloud VPC. cidrBlocks: one or more IPv4 blocks, the first primary. */
public record Vpc(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                  String description, List<String> cidrBlocks, String tag, OffsetDateTime createdAt) {}
