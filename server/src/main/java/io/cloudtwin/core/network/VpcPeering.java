package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * Two VPCs of one account that reach each other (UCloud VPCIntercom; an Aliyun VPC peer connection would fit): the
 * requester's vpcId in its region and project (the record's scope), and the peer's, possibly in another region and
 * project. A pair is peered once, whichever side asked; the peering is seen from both sides.
 */
public record VpcPeering(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                         String peerRegion, String peerProjectId, String peerVpcId, String pairKey,
                         OffsetDateTime createdAt) {

    /** The unique key of the pair: both VPC ids in order. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
    }

    /** Whether vpc is one of the two sides. */
    public boolean joins(String vpc) {
        return vpcId.equals(vpc) || peerVpcId.equals(vpc);
    }

    /** The other side's VPC, seen from vpc. */
    public String otherVpc(String vpc) {
        return vpcId.equals(vpc) ? peerVpcId : vpcId;
    }
}
