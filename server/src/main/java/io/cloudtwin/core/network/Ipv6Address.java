package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

/**
 * An IPv6 address given out of a subnet's /64 to its owner (a network interface, or an instance for its primary one:
 * instanceHeld), as the VPC product lists it: its id (Ipv6AddressId), its subnet's VPC and IPv6 ISP, and its public
 * bandwidth (null: none).
 */
public record Ipv6Address(String id, String address, String subnetId, String vpcId, String ownerId,
                          boolean instanceHeld, String isp, OffsetDateTime createdAt, Ipv6Bandwidth bandwidth) {
    /**
     * What a listing of the VPC product narrows by; null or empty: any. instanceHeld: held by an instance (true) or
     * by a network interface (false); publicOnly: with bandwidth (true) or without (false).
     */
    public record Filter(String id, String address, String ownerId, Boolean instanceHeld, String vpcId,
                         String subnetId, String bandwidthId, Boolean publicOnly) {}
}
