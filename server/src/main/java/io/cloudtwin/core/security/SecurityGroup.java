package io.cloudtwin.core.security;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A security group (Aliyun) or VPC security group (UCloud). */
public record SecurityGroup(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                            String description, String vpcId, String groupType, OffsetDateTime createdAt,
                            String tag) {}
