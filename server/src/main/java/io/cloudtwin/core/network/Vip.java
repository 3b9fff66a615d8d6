package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A virtual IP: an address of a subnet that no host holds, for hosts to take over (UCloud VIP, Aliyun HaVip). Aliyun
 * binds it to the hosts that may take it over.
 */
public record Vip(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                  String subnetId, String zone, String address, String name, String tag, String remark,
                  OffsetDateTime createdAt) {
    /** The kinds of host a binding names, as EIP targets name them. */
    public static final String INSTANCE = "instance";
    public static final String INTERFACE = "interface";

    /** A host bound to a VIP: an instance or a network interface (kind INSTANCE or INTERFACE), since when. */
    public record Binding(String vipId, String targetId, String kind, OffsetDateTime createdAt) {}
}
