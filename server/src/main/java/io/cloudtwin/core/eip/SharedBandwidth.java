package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A bandwidth the EIPs of its region share (Aliyun's common bandwidth package, UCloud's ShareBandwidth): tag, UCloud's
 * business group (Aliyun: ""); bandwidth, the cap in Mbps; chargeType, how it is billed, in the cloud's words
 * (Aliyun's InternetChargeType, UCloud's ChargeType); isp, the operator (Aliyun ISP, UCloud OperatorName); ratio,
 * Aliyun's guaranteed share in percent (UCloud: 0).
 */
public record SharedBandwidth(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                              String description, String tag, int bandwidth, String chargeType, String isp, int ratio,
                              OffsetDateTime createdAt) {
    /** An EIP in a shared bandwidth, with its own cap there (null: the shared bandwidth's). */
    public record Member(String eipId, String sharedBandwidthId, Integer ipBandwidth) {}
}
