package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Collection;

import io.cloudtwin.core.Cloud;

/**
 * One run of a command on instances, with what the command was when it ran (a command changed or deleted later does
 * not change it). repeatMode: how often it runs (once now, or on a schedule the emulator keeps but never fires);
 * parameters: the caller's values as a JSON object. state follows from its targets' (see {@link #stateOf}).
 */
public record Invocation(String id, Cloud cloud, String accountId, String region, String projectId, String commandId,
                         String commandName, String commandType, String commandDescription, String commandContent,
                         String workingDir, long timeout, RepeatMode repeatMode, String frequency, String parameters,
                         String username, State state, OffsetDateTime createdAt) {
    /** When the command runs: once at once, or on a schedule (a period, the next start, every start). */
    public enum RepeatMode {
        ONCE, PERIOD, NEXT_REBOOT_ONLY, EVERY_REBOOT;

        public boolean timed() {
            return this != ONCE;
        }
    }

    /** Where a run stands, on one instance or as a whole (PARTIAL_FAILED only as a whole). */
    public enum State { SCHEDULED, SUCCEEDED, FAILED, PARTIAL_FAILED, STOPPED }

    /**
     * The run on one instance: the emulator runs no script, so a run once on a Running instance succeeds at once with
     * exit code 0 and no output, on any other fails (errorCode); a scheduled one waits until stopped.
     */
    public record Target(String invocationId, String instanceId, State state, String errorCode, String errorInfo,
                         Long exitCode, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         OffsetDateTime stoppedAt) {}

    /**
     * The whole run's state from its targets': scheduled while any waits; else stopped, succeeded or failed when all
     * are; else partly failed when any failed, else stopped (some finished before the rest were stopped).
     */
    public static State stateOf(Collection<State> targets) {
        if (targets.contains(State.SCHEDULED)) return State.SCHEDULED;
        if (targets.stream().distinct().count() == 1) return targets.iterator().next();
        return targets.contains(State.FAILED) ? State.PARTIAL_FAILED : State.STOPPED;
    }
}
