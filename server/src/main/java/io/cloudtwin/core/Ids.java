package io.cloudtwin.core;

import java.util.concurrent.ThreadLocalRandom;

/** Resource ids in each cloud's shape: Aliyun i-/sg- + 20, UCloud uhost-/secgroup- + 8 lower-case alphanumerics. */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {}

    public static String random(String prefix, int length) {
        char[] out = new char[length];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        return prefix + new String(out);
    }

    public static String instanceId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("i-", 20) : random("uhost-", 8);
    }

    public static String securityGroupId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("sg-", 20) : random("secgroup-", 8);
    }

    public static String vpcId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("vpc-", 20) : random("uvnet-", 8);
    }

    /** Aliyun vSwitch (vsw-), UCloud subnet (subnet-). */
    public static String diskId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("d-", 20) : random("bs-", 8);
    }

    /** Aliyun EIP allocation (eip-), UCloud EIP (eip-). */
    public static String eipId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("eip-", 20) : random("eip-", 8);
    }

    public static String subnetId(Cloud cloud) {
        return cloud == Cloud.ALIYUN ? random("vsw-", 20) : random("subnet-", 8);
    }
}
