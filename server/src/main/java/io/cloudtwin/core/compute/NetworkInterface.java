package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

/**
 * A secondary network interface (Aliyun's ENI, UCloud's UNI): its VPC, subnet, zone (UCloud's: '') and private
 * address, the instance it is attached to (null: none), and its scope's project (UCloud's; Aliyun's: '').
 */
public record NetworkInterface(String id, String cloud, String accountId, String region, String vpcId, String subnetId,
                               String zone, String privateIp, String name, String description, String instanceId,
                               OffsetDateTime createdAt, String projectId) {}
