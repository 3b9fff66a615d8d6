package io.cloudtwin.core.compute;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.WallClock;

/**
 * Power-state changes. With no delay (the default) an instance goes straight to its target state; with a delay it
 * stays in the intermediate state (Pending, Starting, Stopping) until the delay has passed, so pollers can be tested.
 */
@Component
public class Transitions {
    private final WallClock clock;
    private final InstanceStore instances;
    private volatile Duration delay;
    /**
     * true once any delay was in force, or once the store was found holding transitions under way (a restart in the
     * middle of one): from then on transitions may be pending and must be settled.
     */
    private volatile boolean mayHavePending;
    private volatile boolean storeChecked;

    /** Whether a settle asked for in a read-only transaction fails (the tests' setting) or is put off. */
    private final boolean strict;

    public Transitions(WallClock clock, CloudtwinProperties props, InstanceStore instances,
                       @Value("${cloudtwin.transitions.strict:false}") boolean strict) {
        this.clock = clock;
        this.instances = instances;
        this.strict = strict;
        setDelay(props.transitions().delay());
    }

    public Duration delay() {
        return delay;
    }

    /** Changes the delay at run time (admin API). Transitions already under way keep their time. */
    public void setDelay(Duration d) {
        if (d.isNegative()) throw new IllegalArgumentException("negative delay");
        this.delay = d;
        if (!d.isZero()) mayHavePending = true;
    }

    public OffsetDateTime now() {
        return clock.now();
    }

    /**
     * Applies the transitions whose time has come. Cheap no-op when transitions are immediate. It writes, so its caller's
     * transaction must not be read-only: PostgreSQL refuses the update there (H2 does not), which made such reads a 500
     * there once a delay was in force. In a read-only transaction the settling is put off to the next change (the
     * answer shows the states as last settled) rather than failing the request; with cloudtwin.transitions.strict,
     * as the tests run, it fails instead, on H2 too and delay or not, so that such a caller is found.
     */
    public void settle() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            if (strict) throw new IllegalStateException("settling transitions writes: the caller's transaction is read-only");
            return;
        }
        if (!storeChecked) {
            storeChecked = true;
            if (instances.anyPending()) mayHavePending = true;
        }
        if (mayHavePending) instances.settleDue(now());
    }

    /** Moves an instance towards target through the given intermediate state; answers the status it has now. */
    public InstanceStatus begin(String instanceId, InstanceStatus via, InstanceStatus target) {
        if (delay.isZero()) {
            instances.setStatus(instanceId, target, null, null);
            return target;
        }
        instances.setStatus(instanceId, via, target, now().plus(delay));
        return via;
    }

    /** How a new instance is stored: its status now, the status it is headed for and when (both null if settled). */
    public record Start(InstanceStatus status, InstanceStatus next, OffsetDateTime settlesAt) {}

    /** The start of a new instance headed for target, from one reading of the delay. */
    public Start start(InstanceStatus target) {
        Duration d = delay;
        return d.isZero() ? new Start(target, null, null) : new Start(InstanceStatus.PENDING, target, now().plus(d));
    }
}
