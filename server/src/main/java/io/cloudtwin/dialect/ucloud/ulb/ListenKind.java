package io.cloudtwin.dialect.ucloud.ulb;

import java.util.List;
import java.util.Optional;

import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * What each ListenType of a ULB and its VServers allows, from CreateULB's and CreateVServer's documentation: the
 * protocols, the balancing methods, the health checks (the first is the default) and the ClientTimeout range, and
 * which RetCode a ClientTimeout outside it gets. A ULB listens as RequestProxy when it faces the internet
 * (OuterMode), as PacketsTransmit when internal (InnerMode), unless CreateULB says otherwise.
 */
enum ListenKind {
    REQUEST_PROXY("RequestProxy", List.of("HTTP", "HTTPS", "TCP", "UDP"),
            List.of("Roundrobin", "Source", "WeightRoundrobin", "Leastconn", "Backup"), 1, 86_400,
            UcloudRetCode.PROXY_TIMEOUT_RANGE),
    PACKETS_TRANSMIT("PacketsTransmit", List.of("TCP", "UDP"),
            List.of("Roundrobin", "Source", "WeightRoundrobin", "ConsistentHash", "SourcePort", "ConsistentHashPort",
                    "Backup"), 60, 900, UcloudRetCode.TRANSMIT_TIMEOUT_RANGE);

    private final String word;
    private final List<String> protocols;
    private final List<String> methods;
    private final int minTimeout;
    private final int maxTimeout;
    private final UcloudRetCode timeoutRefusal;

    ListenKind(String word, List<String> protocols, List<String> methods, int minTimeout, int maxTimeout,
               UcloudRetCode timeoutRefusal) {
        this.word = word;
        this.protocols = protocols;
        this.methods = methods;
        this.minTimeout = minTimeout;
        this.maxTimeout = maxTimeout;
        this.timeoutRefusal = timeoutRefusal;
    }

    /** RequestProxy, PacketsTransmit. */
    String word() {
        return word;
    }

    static Optional<ListenKind> of(String word) {
        for (ListenKind k : values()) if (k.word.equalsIgnoreCase(word)) return Optional.of(k);
        return Optional.empty();
    }

    /** A ULB's own: the one CreateULB names, else by its mode. */
    static ListenKind ofUlb(String named, boolean internal) {
        return named != null ? of(named).orElseThrow() : internal ? PACKETS_TRANSMIT : REQUEST_PROXY;
    }

    boolean transmitsPackets() {
        return this == PACKETS_TRANSMIT;
    }

    /** The protocol as documented (HTTP, HTTPS, TCP, UDP) if this kind serves it. */
    Optional<String> protocol(String given) {
        return protocols.stream().filter(p -> p.equalsIgnoreCase(given)).findFirst();
    }

    /** The method in the doc's spelling if this kind offers it. */
    Optional<String> method(String given) {
        return methods.stream().filter(m -> m.equalsIgnoreCase(given)).findFirst();
    }

    /** Health checks for a protocol, the default first: TCP checks its port; HTTP(S) also a path; UDP is pinged. */
    List<String> healthChecks(String protocol) {
        if (protocol.equals("TCP")) return List.of("Port");
        if (this == PACKETS_TRANSMIT) return List.of("Ping", "Port", "Customize");
        return List.of("Port", "Path");
    }

    /** Whether a ClientTimeout is in range (PacketsTransmit: 0 turns the connection keeping off). */
    boolean timeoutAllowed(int seconds) {
        return (seconds >= minTimeout && seconds <= maxTimeout) || (this == PACKETS_TRANSMIT && seconds == 0);
    }

    UcloudRetCode timeoutRefusal() {
        return timeoutRefusal;
    }
}
