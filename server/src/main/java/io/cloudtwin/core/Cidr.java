package io.cloudtwin.core;

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

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
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
