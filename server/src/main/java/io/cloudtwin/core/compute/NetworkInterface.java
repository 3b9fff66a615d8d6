package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

/** A secondary network interface (Aliyun ENI): its VPC, subnet, zone and private address, and the instance it is attached to (null: none). */
public record NetworkInterface(String id, String cloud, String accountId, String region, String vpcId, String subnetId,
                  String zone, String privateIp, String name, String description, String instanceId,
                  OffsetDateTime createdAt) {}
