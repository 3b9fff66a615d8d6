package io.cloudtwin.core.network;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Scope;

/**
 * An IPv6 address given out of a subnet's /64 to its owner (a network interface, or an instance for its primary one:
 * instanceHeld; "": none yet, AllocateIpv6Address), as the VPC product lists it: its id (Ipv6AddressId), its subnet's
 * VPC and IPv6 ISP, its public bandwidth (null: none), its own name and description.
 */
public record Ipv6Address(String id, String address, String subnetId, String vpcId, String ownerId,
                          boolean instanceHeld, String isp, OffsetDateTime createdAt, Ipv6Bandwidth bandwidth,
                          String name, String description) {
    /** An address with the scope of its subnet (state export). */
    public record Placed(Scope scope, Ipv6Address address) {}

    /** Held by nothing: made by AllocateIpv6Address. */
    public boolean standalone() {
        return ownerId.isEmpty();
    }

    /**
     * What a listing of the VPC product narrows by; null or empty: any. instanceHeld: held by an instance (true) or
     * by a network interface (false); publicOnly: with bandwidth (true) or without (false).
     */
    public record Filter(String id, String address, String ownerId, Boolean instanceHeld, String vpcId,
                         String subnetId, String bandwidthId, Boolean publicOnly, String name) {
        /** The address of that id. */
        public static Filter of(String id) {
            return new Filter(id, null, null, null, null, null, null, null, null);
        }
    }
}
