package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A block a virtual border router advertises over BGP (id: routerId:dstCidrBlock); vpcId: the VPC named, if any. */
public record BgpNetwork(String id, Cloud cloud, String accountId, String region, String projectId, String routerId,
                         String dstCidrBlock, String vpcId, String status, OffsetDateTime createdAt) {
    /** The id the tools give a network: its router's and its block's. */
    public static String id(String routerId, String dstCidrBlock) {
        return routerId + ":" + dstCidrBlock;
    }
}
