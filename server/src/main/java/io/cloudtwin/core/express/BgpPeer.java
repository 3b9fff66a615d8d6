package io.cloudtwin.core.express;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A BGP peer of a group: the address of the other side ("": none yet), BFD and its hops, the IP version. */
public record BgpPeer(String id, Cloud cloud, String accountId, String region, String projectId, String bgpGroupId,
                      String peerIpAddress, boolean enableBfd, Integer bfdMultiHop, String ipVersion, String status,
                      OffsetDateTime modifiedAt, OffsetDateTime createdAt) {}
