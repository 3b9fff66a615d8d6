package io.cloudtwin.core;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Every id the server makes up: resource ids in each cloud's shape (Aliyun i-/sg- + 20, UCloud uhost-/secgroup- + 8
 * lower-case alphanumerics), rule UUIDs, legacy numeric group ids, and request ids.
 * <p>
 * Unseeded (the default), they come from per-thread generators. {@link #seed(Long) Seeded} (cloudtwin.ids.seed,
 * POST /_cloudtwin/id-seed), they come from two sequences started from the seed - one for resources, one for request
 * ids - so the same calls in the same order get the same ids, run after run, and a poller that asks a varying number
 * of times does not move the ids of what is created after it. Each id is drawn whole under the sequence's lock; which
 * of two concurrent calls draws first is up to the scheduler, so only the same sequence of calls is reproducible.
 */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** Mixed into the seed for the request-id sequence, so it differs from the resource sequence. */
    private static final long REQUEST_STREAM = 0x5DEECE66DL * 31 + 7;

    /** The seed and its two sequences; null: unseeded. */
    private record Seeded(long seed, Random resources, Random requests) {
        static Seeded of(long seed) {
            return new Seeded(seed, new Random(seed), new Random(seed ^ REQUEST_STREAM));
        }
    }

    private static volatile Seeded seeded;

    private Ids() {}

    /** Seeds every later id (null: back to unseeded, random ids); the sequences start over from the seed. */
    public static synchronized void seed(Long seed) {
        seeded = seed == null ? null : Seeded.of(seed);
    }

    /** The seed in use, or null. */
    public static Long seed() {
        Seeded s = seeded;
        return s == null ? null : s.seed();
    }

    /** Starts the seeded sequences over from their seed (what a reset does); nothing when unseeded. */
    public static synchronized void restart() {
        Seeded s = seeded;
        if (s != null) seeded = Seeded.of(s.seed());
    }

    public static String random(String prefix, int length) {
        return prefix + drawn(Seeded::resources, r -> letters(r, length));
    }

    /** What draw takes from the seeded sequence (under its lock), or unseeded from this thread's generator. */
    private static <T> T drawn(Function<Seeded, Random> sequence, Function<RandomGenerator, T> draw) {
        Seeded s = seeded;
        if (s == null) return draw.apply(ThreadLocalRandom.current());
        Random r = sequence.apply(s);
        synchronized (r) {
            return draw.apply(r);
        }
    }

    private static String letters(RandomGenerator random, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        return new String(out);
    }

    /** A UUID (version 4 form) for a resource, e.g. a security group rule. */
    public static String uuid() {
        return drawn(Seeded::resources, Ids::uuid);
    }

    /** A request id, UUID form (lower case), from the request sequence: no lock shared by every request unseeded. */
    public static String requestId() {
        return drawn(Seeded::requests, Ids::uuid);
    }

    /** A number in [from, to) for a resource (UCloud's legacy numeric group ids). */
    public static int number(int from, int to) {
        return drawn(Seeded::resources, r -> r.nextInt(from, to));
    }

    private static String uuid(RandomGenerator r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;                        // version 4
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(hi, lo).toString();
    }

    /**
     * The id of a new resource of a kind that both clouds have, in its cloud's shape: Aliyun's prefix and 20
     * characters, UCloud's and 8.
     */
    public enum Shape {
        INSTANCE("i-", "uhost-"),
        SECURITY_GROUP("sg-", "secgroup-"),
        VPC("vpc-", "uvnet-"),
        DISK("d-", "bs-"),
        EIP("eip-", "eip-"),
        SHARED_BANDWIDTH("cbwp-", "bwshare-"),
        NAT_GATEWAY("ngw-", "natgw-"),
        SUBNET("vsw-", "subnet-"),
        NETWORK_ACL("nacl-", "acl-"),
        NETWORK_ACL_ENTRY("nae-", "aclentry-"),
        NETWORK_ACL_BINDING("naclb-", "aclassoc-"),
        ROUTE_TABLE("vtb-", "routetable-"),
        ROUTE_ENTRY("rte-", "routerule-"),
        NETWORK_INTERFACE("eni-", "uni-");

        private final String aliyun;
        private final String ucloud;

        Shape(String aliyun, String ucloud) {
            this.aliyun = aliyun;
            this.ucloud = ucloud;
        }

        public String next(Cloud cloud) {
            return cloud == Cloud.ALIYUN ? random(aliyun, 20) : random(ucloud, 8);
        }
    }
}
