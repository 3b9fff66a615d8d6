package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.Locale;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;

/**
 * A prefix list of a scope: CIDR blocks of one address family (IPv4 or IPv6), at most maxEntries of them. product:
 * whose it is, ECS's (security group rules name it as their peer) or VPC's; each product sees only its own.
 */
public record PrefixList(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                         String description, String addressFamily, int maxEntries, OffsetDateTime createdAt,
                         String product) {
    public static final String ECS = "ecs";
    public static final String VPC = "vpc";

    /** A block of the address family (IPv4 or IPv6) in its canonical form; IllegalArgumentException for none. */
    public static String canonical(String family, String cidr) {
        if (cidr == null || !cidr.contains("/")) throw new IllegalArgumentException(String.valueOf(cidr));
        return family.equals("IPv4") ? Cidr.canonical(cidr) : Cidr.ipv6(cidr).toLowerCase(Locale.ROOT);
    }

    /** One block of a prefix list, with its description. */
    public record Entry(String cidr, String description) {}
}
