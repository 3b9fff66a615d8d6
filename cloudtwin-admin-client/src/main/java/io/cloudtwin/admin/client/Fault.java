package io.cloudtwin.admin.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fault rule for {@link AdminOperations#addFault}: which cloud and action, and what happens to matching requests
 * (the cloud's own error code, latency, a throttle), how likely and how often. Immutable; each method returns a
 * new rule. See docs/admin-api.md.
 *
 * <pre>
 * cloud.addFault(Fault.aliyun("LeaveSecurityGroup").errorCode("RequestTimeout").times(1));
 * cloud.addFault(Fault.ucloud("DescribeUHostInstance").retCode(8039).probability(0.5));
 * cloud.addFault(Fault.aliyun(Fault.ANY_ACTION).latency(Duration.ofMillis(300)));
 * cloud.addFault(Fault.ucloud(Fault.ANY_ACTION).throttle(20));
 * </pre>
 */
public final class Fault {
    /** Every action of the cloud. */
    public static final String ANY_ACTION = "*";

    private final String cloud;
    private final String action;
    private final String errorCode;
    private final Long latencyMs;
    private final Double probability;
    private final Integer times;
    private final Double ratePerSecond;

    private Fault(String cloud, String action, String errorCode, Long latencyMs, Double probability, Integer times,
                  Double ratePerSecond) {
        this.cloud = cloud;
        this.action = action;
        this.errorCode = errorCode;
        this.latencyMs = latencyMs;
        this.probability = probability;
        this.times = times;
        this.ratePerSecond = ratePerSecond;
    }

    /** A rule for Aliyun requests with this Action ({@link #ANY_ACTION} for all). */
    public static Fault aliyun(String action) {
        return new Fault("aliyun", Objects.requireNonNull(action, "action"), null, null, null, null, null);
    }

    /** A rule for UCloud requests with this Action ({@link #ANY_ACTION} for all). */
    public static Fault ucloud(String action) {
        return new Fault("ucloud", Objects.requireNonNull(action, "action"), null, null, null, null, null);
    }

    /** Answer with this code of the cloud: an Aliyun error code ("RequestTimeout", "ServiceUnavailable") or a UCloud RetCode. */
    public Fault errorCode(String code) {
        return new Fault(cloud, action, Objects.requireNonNull(code, "code"), latencyMs, probability, times, ratePerSecond);
    }

    /** Answer with this UCloud RetCode (e.g. 8039, 153). */
    public Fault retCode(int retCode) {
        return errorCode(Integer.toString(retCode));
    }

    /** Wait this long before answering (alone: latency only; with a code: latency, then the error). */
    public Fault latency(Duration latency) {
        if (latency.isNegative()) throw new IllegalArgumentException("latency < 0: " + latency);
        return new Fault(cloud, action, errorCode, latency.toMillis(), probability, times, ratePerSecond);
    }

    /** Fire for this share of matching requests, 0..1 (default 1). */
    public Fault probability(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability not in 0..1: " + p);
        return new Fault(cloud, action, errorCode, latencyMs, p, times, ratePerSecond);
    }

    /** Fire this many times, then stop (default: no limit). */
    public Fault times(int n) {
        if (n <= 0) throw new IllegalArgumentException("times must be > 0: " + n);
        return new Fault(cloud, action, errorCode, latencyMs, probability, n, ratePerSecond);
    }

    /** A throttle instead: requests above this rate (one second of burst) get Throttling (Aliyun) or RetCode 153 (UCloud). */
    public Fault throttle(double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) throw new IllegalArgumentException("rate must be > 0: " + perSecond);
        return new Fault(cloud, action, errorCode, latencyMs, probability, times, perSecond);
    }

    String toJson() {
        if (errorCode == null && (latencyMs == null || latencyMs == 0) && ratePerSecond == null) {
            throw new IllegalStateException("a fault needs errorCode/retCode, latency or throttle: " + this);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cloud", cloud);
        m.put("action", action);
        m.put("errorCode", errorCode);
        m.put("latencyMs", latencyMs);
        m.put("probability", probability);
        m.put("times", times);
        m.put("ratePerSecond", ratePerSecond);
        return Json.object(m);
    }

    @Override
    public String toString() {
        return "Fault[" + cloud + " " + action + (errorCode == null ? "" : " errorCode=" + errorCode)
                + (latencyMs == null ? "" : " latencyMs=" + latencyMs) + (probability == null ? "" : " probability=" + probability)
                + (times == null ? "" : " times=" + times) + (ratePerSecond == null ? "" : " ratePerSecond=" + ratePerSecond) + "]";
    }
}
