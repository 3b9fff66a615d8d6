package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A load balancer (UCloud ULB, Aliyun SLB): it stands in a subnet of a VPC (an Aliyun internet one made without a
 * vSwitch in none: vpcId and subnetId null); an internal one (UCloud InnerMode, Aliyun intranet) is reached at
 * privateIp, an address of that subnet, the others ("" there) at publicAddress (Aliyun: its own, null for none) or the
 * public addresses bound to them. spec, bandwidth and chargeType: its offer in the cloud's words (Aliyun
 * LoadBalancerSpec, Mbps, InternetChargeType; "" and 0 where the cloud has none); status: active or inactive;
 * deleteProtection: it cannot be deleted; modificationProtection (NonProtection, ConsoleProtection) and
 * modificationProtectionReason: Aliyun's protection of its settings in the console ("" for UCloud). UCloud only:
 * listenType, the kind of each of its VServers (RequestProxy or PacketsTransmit), and firewallId, the UNet firewall
 * applied to it (null: none).
 */
public record LoadBalancer(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                           String tag, String remark, String vpcId, String subnetId, boolean internal, String privateIp,
                           String listenType, String firewallId, String spec, int bandwidth, String chargeType,
                           String status, boolean deleteProtection, String publicAddress,
                           String modificationProtection, String modificationProtectionReason,
                           OffsetDateTime createdAt) {
    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
}
