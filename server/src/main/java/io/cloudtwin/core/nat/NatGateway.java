package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A NAT gateway of a VPC, standing in one of its subnets (subnetId null when the cloud places it in none), with its
 * options in the cloud's words (natType Enhanced, networkType internet, eipBindMode MULTI_BINDED...).
 */
public record NatGateway(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                         String subnetId, String name, String description, String spec, String natType,
                         String networkType, String eipBindMode, String internetChargeType, String chargeType,
                         boolean icmpReplyEnabled, OffsetDateTime createdAt) {}
