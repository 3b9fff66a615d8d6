package io.cloudtwin.core.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;

/**
 * A VPC's IPv6 block is a /56 and each of its subnets' a /64 of it, chosen by the subnet's index (0-255: the eighth
 * byte), as Aliyun gives them (2408:4005:346:3100::/56, vSwitch 6: 2408:4005:346:3106::/64). Blocks are written in
 * their shortest form (RFC 5952: lower case, the longest run of zero groups as "::").
 */
public final class Ipv6Blocks {
    /** A VPC's block's prefix length. */
    public static final int VPC_PREFIX = 56;
    /** A subnet's block's prefix length. */
    public static final int SUBNET_PREFIX = 64;
    /** The highest subnet index of a VPC's block. */
    public static final int MAX_SUBNET_INDEX = 255;
    /** What an address id is drawn from. */
    private static final String ID_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Ipv6Blocks() {}

    /** A /56 of the emulator's global unicast range 2408:4005::/32 (seeded with the other ids). */
    public static String random() {
        return "2408:4005:" + Integer.toHexString(Ids.number(0x100, 0xfff)) + ":"
                + Integer.toHexString(Ids.number(0x10, 0xff)) + "00::/" + VPC_PREFIX;
    }

    /** The /56 a client names, in its shortest form; anything else: INVALID_IPV6_BLOCK. */
    public static String vpcBlock(String text) {
        byte[] network = network(text, VPC_PREFIX);
        return format(network) + "/" + VPC_PREFIX;
    }

    /** The /64 of a VPC's /56 at index (0-255; else INVALID_IPV6_BLOCK). */
    public static String subnetBlock(String vpcBlock, int index) {
        if (index < 0 || index > MAX_SUBNET_INDEX) {
            throw new DomainException(DomainError.INVALID_IPV6_BLOCK, Integer.toString(index));
        }
        byte[] network = network(vpcBlock, VPC_PREFIX);
        network[7] = (byte) index;
        return format(network) + "/" + SUBNET_PREFIX;
    }

    /** The index of a /64 in a VPC's /56; a block not a /64 of it: INVALID_IPV6_BLOCK. */
    public static int subnetIndex(String vpcBlock, String subnetBlock) {
        byte[] subnet = network(subnetBlock, SUBNET_PREFIX);
        int index = subnet[7] & 0xff;
        if (!subnetBlock(vpcBlock, index).equals(format(subnet) + "/" + SUBNET_PREFIX)) {
            throw new DomainException(DomainError.INVALID_IPV6_BLOCK, subnetBlock);
        }
        return index;
    }

    /**
     * An address of a subnet's /64: the requested one in its shortest form (outside the block, or no IPv6 address:
     * INVALID_IPV6_ADDRESS), or (null) one with a random interface identifier.
     */
    public static String address(String subnetBlock, String requested) {
        byte[] network = network(subnetBlock, SUBNET_PREFIX);
        if (requested == null) {
            for (int i = 8; i < 16; i++) network[i] = (byte) Ids.number(i == 8 ? 1 : 0, 256);
            return format(network);
        }
        byte[] bytes = literal(requested);
        if (bytes == null) throw new DomainException(DomainError.INVALID_IPV6_ADDRESS, requested);
        for (int i = 0; i < 8; i++) {
            if (bytes[i] != network[i]) throw new DomainException(DomainError.INVALID_IPV6_ADDRESS, requested);
        }
        return format(bytes);
    }

    /**
     * The id of an address given out (the VPC product's Ipv6AddressId): ipv6- and 20 letters and digits drawn from the
     * address itself, so that the address keeps it through a state document's round trip (no two VPCs share a block,
     * so no two addresses given out share one).
     */
    public static String addressId(String address) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder id = new StringBuilder("ipv6-");
        for (int i = 0; i < 20; i++) id.append(ID_LETTERS.charAt((digest[i] & 0xff) % ID_LETTERS.length()));
        return id.toString();
    }

    /** An IPv6 address in its shortest form; not one: INVALID_IPV6_ADDRESS. */
    public static String canonical(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) throw new DomainException(DomainError.INVALID_IPV6_ADDRESS, address);
        return format(bytes);
    }

    /**
     * How an address a client names is kept: its shortest form, or the text as given when it is no IPv6 address (it
     * then names no address given out).
     */
    public static String named(String address) {
        byte[] bytes = literal(address);
        return bytes == null ? address : format(bytes);
    }

    /** The 16 bytes of an IPv6 literal, or null. */
    private static byte[] literal(String text) {
        if (text == null || !text.contains(":") || !text.matches("[0-9a-fA-F:]{2,39}")) return null;
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress(); // a literal: never a lookup
            return bytes.length == 16 ? bytes : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The network address of a block of exactly this prefix, with no bit set past it. */
    private static byte[] network(String text, int prefix) {
        String suffix = "/" + prefix;
        if (text == null || !text.endsWith(suffix)) throw new DomainException(DomainError.INVALID_IPV6_BLOCK, text);
        byte[] bytes = literal(text.substring(0, text.length() - suffix.length()));
        if (bytes == null) throw new DomainException(DomainError.INVALID_IPV6_BLOCK, text);
        for (int i = prefix / 8; i < 16; i++) {
            if (bytes[i] != 0) throw new DomainException(DomainError.INVALID_IPV6_BLOCK, text);
        }
        return bytes;
    }

    /** An address in its shortest form. */
    private static String format(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        int bestAt = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestAt = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestAt) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') out.append(':');
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
