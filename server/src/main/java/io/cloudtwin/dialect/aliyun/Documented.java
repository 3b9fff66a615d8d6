package io.cloudtwin.dialect.aliyun;

/** Picking an action's own code where actions of a family document different codes for one fault. */
public final class Documented {
    private Documented() {}

    /** The first of codes the action documents (argument fills its %s), else the common InvalidParameter. */
    public static AliyunException first(AliyunRequest r, String argument, String... codes) {
        for (String c : codes) if (r.spec().error(c).isPresent()) return r.error(c, argument);
        return new AliyunException(AliyunError.INVALID_PARAMETER, argument);
    }
}
