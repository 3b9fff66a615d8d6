package io.cloudtwin.core.compute;

/** Cloud-neutral instance power states. Each dialect renders them in its own words. */
public enum InstanceStatus {
    PENDING, STARTING, RUNNING, STOPPING, STOPPED;

    /** Running or Stopped: not on its way from one state to another. */
    public boolean settled() {
        return this == RUNNING || this == STOPPED;
    }

    /** States in which security-group bindings may change (both clouds: Running or Stopped). */
    public boolean allowsBindingChange() {
        return settled();
    }
}
