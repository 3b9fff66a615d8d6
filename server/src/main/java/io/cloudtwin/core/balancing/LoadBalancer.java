package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A load balancer (UCloud ULB; the same record will carry an Aliyun SLB): it stands in a subnet of a VPC; an internal
 * one (UCloud InnerMode, Aliyun intranet) is reached at privateIp, an address of that subnet, the others ("" there)
 * at the public addresses bound to them. UCloud only: listenType, the kind of each of its VServers (RequestProxy or
 * PacketsTransmit), and firewallId, the UNet firewall applied to it (null: none).
 */
public record LoadBalancer(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                           String tag, String remark, String vpcId, String subnetId, boolean internal, String privateIp,
                           String listenType, String firewallId, OffsetDateTime createdAt) {}
