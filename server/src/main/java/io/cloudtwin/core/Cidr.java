package io.cloudtwin.core;

import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block such as 192.168.0.0/16: parsing (the address must be the block's network address), containment,
 * overlap and the n-th address. Throws IllegalArgumentException on anything else; dialects map that to their code.
 */
public record Cidr(long network, int prefix) {

    public static Cidr parse(String text) {
        if (text == null) throw new IllegalArgumentException("no CIDR block");
        int slash = text.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("not a CIDR block: " + text);
        long address = address(text.substring(0, slash));
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR block: " + text);
        }
        if (prefix < 0 || prefix > 32 || text.substring(slash + 1).length() > 2) {
            throw new IllegalArgumentException("not a CIDR block: " + text);
        }
        Cidr c = new Cidr(address & mask(prefix), prefix);
        if (c.network != address) throw new IllegalArgumentException("not a network address: " + text);
        return c;
    }

    /**
     * An IPv4 address or CIDR block, strictly (the one parser every address and block a client sends goes through,
     * whatever the cloud): its canonical text. Throws IllegalArgumentException on anything else (a prefix over 32,
     * an octet over 255, two blocks, words).
     */
    public static String canonical(String text) {
        if (text == null) throw new IllegalArgumentException("no address");
        return text.contains("/") ? parse(text).toString() : format(address(text));
    }

    /**
     * An IPv6 address or block as the clouds take it for ICMPv6 rules: hexadecimal groups and colons (at most one
     * "::"), an optional /0..128; its text unchanged. Throws IllegalArgumentException on anything else.
     */
    public static String ipv6(String text) {
        if (text == null || !IPV6.matcher(text).matches() || text.indexOf("::") != text.lastIndexOf("::")) {
            throw new IllegalArgumentException("not an IPv6 address or block: " + text);
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int groups = address.isEmpty() ? 0 : address.split(":", -1).length;
        if (address.contains("::") ? groups > 8 : groups != 8) {
            throw new IllegalArgumentException("not an IPv6 address or block: " + text);
        }
        if (slash >= 0 && Integer.parseInt(text.substring(slash + 1)) > 128) {
            throw new IllegalArgumentException("not an IPv6 block: " + text);
        }
        return text;
    }

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}(/\\d{1,3})?");

    /**
     * A port range "from" + separator + "to" (or a single port where separator is absent), each 1..65535 in digits
     * only, from <= to: {from, to}. Throws IllegalArgumentException on anything else.
     */
    public static int[] ports(String text, String separator) {
        if (text == null) throw new IllegalArgumentException("no port range");
        int at = text.indexOf(separator);
        String from = at < 0 ? text : text.substring(0, at);
        String to = at < 0 ? text : text.substring(at + separator.length());
        int lo = port(from);
        int hi = port(to);
        if (lo > hi) throw new IllegalArgumentException("not a port range: " + text);
        return new int[] {lo, hi};
    }

    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a port: " + text);
        }
        int p = Integer.parseInt(text);
        if (p < 1 || p > 65535) throw new IllegalArgumentException("not a port: " + text);
        return p;
    }

    /** A dotted-quad IPv4 address as a number. */
    public static long address(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) throw new IllegalArgumentException("not an IPv4 address: " + text);
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) throw new IllegalArgumentException("not an IPv4 address: " + text);
            v = (v << 8) | octet;
        }
        return v;
    }

    /** Whether the text is a dotted-quad IPv4 address. */
    public static boolean isAddress(String text) {
        try {
            address(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    /** The block's netmask, dotted: a /24's is 255.255.255.0. */
    public String netmask() {
        return format(mask(prefix));
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public long last() {
        return network + size() - 1;
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && (other.network & mask(prefix)) == network;
    }

    public boolean contains(long address) {
        return (address & mask(prefix)) == network;
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }
}
