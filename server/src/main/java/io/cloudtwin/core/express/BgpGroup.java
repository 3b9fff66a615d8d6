package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A BGP group of a virtual border router (routerId): the peer's ASN, the router's own (localAsn), an MD5 key
 * (authKey, "": none), whether the local ASN is shown as a fake one, the IP version of its peers and how many routes
 * it takes (routeLimit). Always Available.
 */
public record BgpGroup(String id, Cloud cloud, String accountId, String region, String projectId, String routerId,
                       String name, String description, long peerAsn, long localAsn, String authKey, boolean isFake,
                       String ipVersion, int routeLimit, String status, OffsetDateTime createdAt) {
    public static final String AVAILABLE = "Available";
}
