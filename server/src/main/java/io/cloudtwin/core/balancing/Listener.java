package io.cloudtwin.core.balancing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A listener of a load balancer (a UCloud VServer): a protocol on a port, how requests are spread (method), how
 * sessions stick (persistence, with persistenceInfo: a cookie name) and how backends are checked (healthCheck, with
 * healthDomain and healthPath for an HTTP check), each in the cloud's own words (UCloud: Roundrobin, ServerInsert,
 * Path), kept as given. idleTimeout: seconds. UCloud only: listenType (RequestProxy or PacketsTransmit). backendPort:
 * the port of the backends (null: each backend's own, UCloud); bandwidth: its cap in Mbps (null: none); status: running
 * or stopped; settings: the rest of its settings in the cloud's own words ({@link ListenerSettings}); portFamily: tcp
 * or udp, the ports it shares (one listener per port of a family); serverGroupId: the server group of its load balancer
 * it forwards to (null: the default pool).
 */
public record Listener(String id, Cloud cloud, String accountId, String region, String projectId,
                       String loadBalancerId, String name, String protocol, int port, String method, String persistence,
                       String persistenceInfo, int idleTimeout, String healthCheck, String healthDomain,
                       String healthPath, String listenType, Integer backendPort, Integer bandwidth, String status,
                       String settings, String portFamily, String serverGroupId, OffsetDateTime createdAt) {
    public static final String RUNNING = "running";
    public static final String STOPPED = "stopped";

    /** The family of ports a protocol takes: udp for UDP, tcp for the TCP-based ones (HTTP, HTTPS, TCP). */
    public static String portFamily(String protocol) {
        return protocol.equalsIgnoreCase("UDP") ? "udp" : "tcp";
    }

    /** UDP listeners take their ports apart from the TCP-based ones (HTTP, HTTPS, TCP). */
    public boolean sharesPortsWith(String otherProtocol) {
        return protocol.equalsIgnoreCase("UDP") == otherProtocol.equalsIgnoreCase("UDP");
    }
}
