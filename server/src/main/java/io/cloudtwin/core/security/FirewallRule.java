package io.cloudtwin.core.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;

/**
 * One firewall rule, in UCloud's terms and its wire form "PROTOCOL|PORT|SRC_IP|ACTION|PRIORITY[|REMARK]", e.g.
 * "TCP|22|0.0.0.0/0|ACCEPT|HIGH". Ports: one port or a range "a-b" (1..65535) for TCP and UDP, none for ICMP and GRE.
 * Source: an IPv4 address or CIDR block. Action ACCEPT or DROP; priority HIGH, MEDIUM or LOW.
 */
public record FirewallRule(String protocol, String dstPort, String srcIp, String action, String priority,
                           String remark) {
    public static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "ICMP", "GRE");
    /** protocols whose rules carry no port */
    public static final Set<String> PORTLESS = Set.of("ICMP", "GRE");
    public static final Set<String> ACTIONS = Set.of("ACCEPT", "DROP");
    public static final List<String> PRIORITIES = List.of("HIGH", "MEDIUM", "LOW");

    /** Parses the wire form; words are taken case-insensitively and stored in upper case. */
    public static FirewallRule parse(String text) {
        String[] f = text.split("\\|", -1);
        if (f.length != 5 && f.length != 6) throw invalid(text);
        String protocol = f[0].trim().toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) throw invalid(text);
        String port = f[1].trim();
        if (PORTLESS.contains(protocol)) {
            port = "";
        } else if (!validPorts(port)) {
            throw invalid(text);
        }
        String src = f[2].trim();
        try {
            Cidr.canonical(src);
        } catch (IllegalArgumentException e) {
            throw invalid(text);
        }
        String action = f[3].trim().toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(action)) throw invalid(text);
        String priority = f[4].trim().toUpperCase(Locale.ROOT);
        if (!PRIORITIES.contains(priority)) throw new DomainException(DomainError.INVALID_FIREWALL_PRIORITY, text);
        String remark = f.length == 6 ? f[5] : "";
        if (remark.length() > 256) throw invalid(text);
        return new FirewallRule(protocol, port, src, action, priority, remark);
    }

    /** The wire form, as UCloud takes it back. */
    public String text() {
        String base = protocol + "|" + dstPort + "|" + srcIp + "|" + action + "|" + priority;
        return remark.isEmpty() ? base : base + "|" + remark;
    }

    private static boolean validPorts(String port) {
        try {
            Cidr.ports(port, "-");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DomainException invalid(String text) {
        return new DomainException(DomainError.INVALID_FIREWALL_RULE, text);
    }
}
