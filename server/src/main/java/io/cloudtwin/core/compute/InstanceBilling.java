package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * How ECS instances are billed, changed under their row locks (taken in id order): pay-as-you-go and subscription
 * (ModifyInstanceChargeType, a subscription's period beginning at the change), a subscription's renewal
 * (ModifyInstanceAutoRenewAttribute), and the rule that a subscription is not deleted before it is paid as it goes.
 */
@Service
public record InstanceBilling(InstanceService instances, InstanceDetailStore details, DiskStore disks, WallClock clock,
                              Transactions tx) {
    public static final String PRE_PAID = "PrePaid";
    public static final String POST_PAID = "PostPaid";

    /**
     * ModifyDiskChargeType: disks attached to a subscription instance (CHARGE_TYPE_VIOLATION otherwise) become
     * chargeType, all or none, under the instance's lock and then the disks' (in id order); a disk not attached to it:
     * DISK_NOT_FOUND; one being attached or detached: DISK_STATE.
     */
    public void changeDiskChargeType(Scope scope, String instanceId, Collection<String> diskIds, String chargeType) {
        tx.run(() -> {
            instances.lockUnlocked(scope, instanceId);
            if (!PRE_PAID.equals(detail(instanceId).internet().instanceChargeType())) {
                throw new DomainException(DomainError.CHARGE_TYPE_VIOLATION, instanceId);
            }
            for (String id : new TreeSet<>(diskIds)) {
                Disk d = disks.locked(scope, id);
                if (!d.instanceId().equals(instanceId)) throw new DomainException(DomainError.DISK_NOT_FOUND, id);
                if (d.changing()) throw new DomainException(DomainError.DISK_STATE, id);
            }
            for (String id : diskIds) disks.update(id, RowChanges.of("chargeType", chargeType));
        });
    }

    /**
     * Each instance, Running or Stopped, becomes chargeType, all or none: PrePaid for period units (Week, Month) from
     * now, renewed by hand; PostPaid with no period.
     */
    public void changeChargeType(Scope scope, Collection<String> ids, String chargeType, int period, String unit) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) {
                Instance i = instances.lockUnlocked(scope, id).requireSettled();
                InstanceDetail d = detail(id);
                boolean prePaid = PRE_PAID.equals(chargeType);
                details.setBilling(id, chargeType, prePaid ? d.billing().subscribed(period, unit, clock.now())
                        : d.billing().subscribed(0, InstanceDetail.Billing.NONE.periodUnit(), null));
                if (prePaid) details.setAutoReleaseTime(id, null);
            }
        });
    }

    /** A pay-as-you-go instance releases itself at time (null: never); a subscription is not released so. */
    public void setAutoReleaseTime(Scope scope, String id, OffsetDateTime time) {
        tx.run(() -> {
            instances.lockUnlocked(scope, id);
            requirePayAsYouGo(detail(id).internet(), id);
            details.setAutoReleaseTime(id, time);
        });
    }

    /**
     * Renews a subscription, Running or Stopped, by period units (Week, Month) past its end (a pay-as-you-go
     * instance: CHARGE_TYPE_VIOLATION).
     */
    public void extend(Scope scope, String id, int period, String unit) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id);
            InstanceDetail d = detail(id);
            requirePrePaid(d, id);
            i.requireSettled();
            details.setBilling(id, PRE_PAID, d.billing().extended(period, unit, i.createdAt()));
        });
    }

    /** Each subscription's renewal becomes status (AutoRenewal for duration units), all or none. */
    public void renew(Scope scope, Collection<String> ids, String status, int duration, String unit) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) {
                instances.lockUnlocked(scope, id);
                InstanceDetail d = detail(id);
                requirePrePaid(d, id);
                details.setBilling(id, PRE_PAID, d.billing().renewed(status, duration, unit));
            }
        });
    }

    /**
     * A pay-as-you-go instance's new instance type, CPU count and memory, while it is Stopped
     * (INCORRECT_INSTANCE_STATUS); a subscription: CHARGE_TYPE_VIOLATION.
     */
    public void resizePayAsYouGo(Scope scope, String id, String instanceType, int cpu, int memoryMb) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id);
            if (i.status() != InstanceStatus.STOPPED) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
            requirePayAsYouGo(detail(id).internet(), id);
            instances.retype(id, instanceType, cpu, memoryMb);
        });
    }

    /**
     * A subscription's new instance type, CPU count and memory (not a subscription: CHARGE_TYPE_VIOLATION), Running or
     * Stopped; a downgrade (asked for, or fewer CPUs or less memory) only Stopped (INCORRECT_INSTANCE_STATUS).
     */
    public void resizeSubscription(Scope scope, String id, String instanceType, int cpu, int memoryMb,
                                   boolean downgrade) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id);
            requirePrePaid(detail(id), id);
            boolean lower = downgrade || cpu < i.cpu() || memoryMb < i.memoryMb();
            boolean allowed = i.status() == InstanceStatus.STOPPED || i.status() == InstanceStatus.RUNNING && !lower;
            if (!allowed) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
            instances.retype(id, instanceType, cpu, memoryMb);
        });
    }

    /**
     * A deletion's rule, in the deleting transaction: locks an instance that may be deleted, not a subscription
     * (CHARGE_TYPE_VIOLATION), not protected (DELETION_PROTECTED).
     */
    void requireDeletable(Scope scope, String id) {
        instances.lockUnlocked(scope, id);
        var d = details.find(id);
        d.ifPresent(x -> requirePayAsYouGo(x.internet(), id));
        if (d.filter(InstanceDetail::deletionProtection).isPresent()) {
            throw new DomainException(DomainError.DELETION_PROTECTED, id);
        }
    }

    /**
     * Protects a pay-as-you-go instance that is no spot one from deletion, or not (another:
     * DELETION_PROTECTION_CHARGE_TYPE).
     */
    public void setDeletionProtection(Scope scope, String id, boolean on) {
        tx.run(() -> {
            instances.lockUnlocked(scope, id);
            InstanceDetail d = detail(id);
            if (on) requireProtectable(d.internet().instanceChargeType(), d.billing().spotStrategy(), id);
            details.setDeletionProtection(id, on);
        });
    }

    /** Deletion protection is for pay-as-you-go instances that are no spot ones. */
    public static void requireProtectable(String chargeType, String spotStrategy, String id) {
        if (PRE_PAID.equals(chargeType) || (spotStrategy != null && !"NoSpot".equals(spotStrategy))) {
            throw new DomainException(DomainError.DELETION_PROTECTION_CHARGE_TYPE, id);
        }
    }

    /** What only a pay-as-you-go instance may do: a subscription is refused (CHARGE_TYPE_VIOLATION). */
    static void requirePayAsYouGo(InstanceDetail.Internet internet, String id) {
        if (PRE_PAID.equals(internet.instanceChargeType())) {
            throw new DomainException(DomainError.CHARGE_TYPE_VIOLATION, id);
        }
    }

    private static void requirePrePaid(InstanceDetail d, String id) {
        if (!prePaid(d)) throw new DomainException(DomainError.CHARGE_TYPE_VIOLATION, id);
    }

    private static boolean prePaid(InstanceDetail d) {
        return PRE_PAID.equals(d.internet().instanceChargeType());
    }

    private InstanceDetail detail(String id) {
        return details.find(id).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id));
    }
}
