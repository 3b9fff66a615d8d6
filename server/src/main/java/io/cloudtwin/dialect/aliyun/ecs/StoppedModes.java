package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Collection;
import java.util.Set;

import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunCall;

/**
 * StopInstance's StoppedMode, as DescribeInstances answers it: StopCharging (the compute no longer billed) or
 * KeepCharging (the default) while the instance is stopped, Not-applicable while it is not.
 */
final class StoppedModes {
    static final String STOP_CHARGING = "StopCharging";
    static final String KEEP_CHARGING = "KeepCharging";
    static final String NOT_APPLICABLE = "Not-applicable";
    private static final Set<String> MODES = Set.of(STOP_CHARGING, KEEP_CHARGING);

    private StoppedModes() {}

    /** Whether the stop asked for is StopCharging; a mode other than the two: InvalidParameter. */
    static boolean stopCharging(AliyunCall call, String mode) {
        if (mode == null || mode.isEmpty()) return false;
        if (!MODES.contains(mode)) throw call.invalid("StoppedMode");
        return mode.equals(STOP_CHARGING);
    }

    /** What DescribeInstances answers for an instance in that status, stopped so or not. */
    static String of(InstanceStatus status, String id, Collection<String> stoppedCharging) {
        if (status != InstanceStatus.STOPPED && status != InstanceStatus.STOPPING) return NOT_APPLICABLE;
        return stoppedCharging.contains(id) ? STOP_CHARGING : KEEP_CHARGING;
    }
}
