package io.cloudtwin.dialect;

/**
 * A parameter a cloud's API description lists in two spellings (Aliyun's Tag.N.Key and Tag.N.key, UCloud's VPCID and
 * VPCId): the generated requests read it as the first spelling given.
 */
public final class Spellings {
    private Spellings() {}

    /** The first value that is not null. */
    @SafeVarargs
    public static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }
}
