package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A listener of a load balancer (a UCloud VServer): a protocol on a port, how requests are spread (method), how
 * sessions stick (persistence, with persistenceInfo: a cookie name) and how backends are checked (healthCheck, with
 * healthDomain and healthPath for an HTTP check), each in the cloud's own words (UCloud: Roundrobin, ServerInsert,
 * Path), kept as given. idleTimeout: seconds. UCloud only: listenType (RequestProxy or PacketsTransmit).
 */
public record Listener(String id, Cloud cloud, String accountId, String region, String projectId,
                       String loadBalancerId, String name, String protocol, int port, String method, String persistence,
                       String persistenceInfo, int idleTimeout, String healthCheck, String healthDomain,
                       String healthPath, String listenType, OffsetDateTime createdAt) {

    /** UDP listeners take their ports apart from the TCP-based ones (HTTP, HTTPS, TCP). */
    public boolean sharesPortsWith(String otherProtocol) {
        return protocol.equalsIgnoreCase("UDP") == otherProtocol.equalsIgnoreCase("UDP");
    }
}
