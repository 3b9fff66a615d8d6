package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A public address of a scope (Aliyun EIP, UCloud EIP): free, or bound to one target of a kind ({@link EipTarget}),
 * where it stands for the target's private address. targetKind and targetId are "" when free; exclusiveTarget is the
 * target's id for kinds that hold one address only (the unique index behind "one EIP per instance"), else null.
 * addressPoolId: the public IP address pool the address was taken from ("" for none); segmentId: the segment of
 * contiguous addresses it was allocated with, and goes only with ("" for none).
 */
public record ElasticIp(String id, Cloud cloud, String accountId, String region, String projectId, String address,
                        String name, String description, int bandwidthMbps, String internetChargeType,
                        String chargeType, String isp, String targetKind, String targetId, String exclusiveTarget,
                        String privateIp, OffsetDateTime boundAt, OffsetDateTime createdAt, String mode,
                        String addressPoolId, String segmentId) {
    /** How an EIP forwards until it is bound another way: NAT. */
    public static final String NAT = "NAT";
    /** The kind of target a network interface is: the one an EIP forwards to other than by NAT. */
    public static final String INTERFACE = "interface";

    public boolean bound() {
        return !targetId.isEmpty();
    }
}
