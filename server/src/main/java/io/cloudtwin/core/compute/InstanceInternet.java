package io.cloudtwin.core.compute;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.eip.ElasticIpService;

/**
 * An ECS instance's public side, changed under the instance's row lock: its public bandwidth and the static public
 * IP address it gets from the emulator's pool (RunInstances with bandwidth, AllocatePublicIpAddress; a PrePaid
 * instance's bandwidth raised from 0). Setting the bandwidth to 0 takes the address back. The unique index gives an
 * address to one instance only; a taken one is tried again with another.
 */
@Service
public record InstanceInternet(InstanceService instances, InstanceDetailStore details, InstanceBilling billing,
                               Transactions tx) {
    private static final int TRIES = 16;

    /**
     * Gives a Running or Stopped instance with public bandwidth a static public address (the one asked for, else one
     * of the pool) and answers it; an instance that has one already keeps it and answers it.
     */
    public String allocatePublicIp(Scope scope, String id, String asked) {
        return tx.call(() -> {
            Instance i = instances.lockUnlocked(scope, id).requireSettled();
            InstanceDetail.Internet net = internet(id);
            if (net.publicIp() != null) return net.publicIp();
            if (net.bandwidthOut() <= 0) throw new DomainException(DomainError.NO_PUBLIC_BANDWIDTH, id);
            if (asked == null) return assign(id, net);
            if (!details.setInternet(id, net.withPublicIp(asked))) {
                throw new DomainException(DomainError.EIP_ADDRESS_TAKEN, asked);
            }
            return asked;
        });
    }

    /**
     * A Running or Stopped instance gives back its static public address, which must be that one; its public
     * bandwidth stays.
     */
    public void releasePublicIp(Scope scope, String id, String address) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id).requireSettled();
            InstanceDetail.Internet net = internet(id);
            if (net.publicIp() == null || !net.publicIp().equals(address)) {
                throw new DomainException(DomainError.ADDRESS_NOT_ASSIGNED, address);
            }
            details.setInternet(id, net.withPublicIp(null));
        });
    }

    /**
     * New public bandwidth (out, in) and its billing; null keeps each. Raised from 0, a PrePaid instance gets a static
     * public address, a PostPaid one when asked to allocate (else it waits for AllocatePublicIpAddress); lowered to 0,
     * the instance gives its address back.
     */
    public void modify(Scope scope, String id, Integer bandwidthOut, Integer bandwidthIn, String chargeType,
                       boolean allocate) {
        tx.run(() -> {
            instances.lockUnlocked(scope, id);
            apply(id, internet(id), bandwidthOut, bandwidthIn, chargeType, allocate);
        });
    }

    /** As modify, for a pay-as-you-go instance only (a subscription: CHARGE_TYPE_VIOLATION), its billing kept. */
    public void modifyPayAsYouGo(Scope scope, String id, Integer bandwidthOut, Integer bandwidthIn) {
        tx.run(() -> {
            instances.lockUnlocked(scope, id);
            InstanceDetail.Internet was = internet(id);
            InstanceBilling.requirePayAsYouGo(was, id);
            apply(id, was, bandwidthOut, bandwidthIn, null, false);
        });
    }

    /**
     * ModifyInstanceSpec of a pay-as-you-go instance, in one transaction: a new type (null: kept) as
     * InstanceBilling.resizePayAsYouGo changes it, then new public bandwidth as modifyPayAsYouGo (with no type, that
     * check alone even when both bandwidths are null).
     */
    public void respecPayAsYouGo(Scope scope, String id, String instanceType, int cpu, int memoryMb,
                                 Integer bandwidthOut, Integer bandwidthIn) {
        tx.run(() -> {
            if (instanceType != null) billing.resizePayAsYouGo(scope, id, instanceType, cpu, memoryMb);
            if (bandwidthOut != null || bandwidthIn != null || instanceType == null) {
                modifyPayAsYouGo(scope, id, bandwidthOut, bandwidthIn);
            }
        });
    }

    private void apply(String id, InstanceDetail.Internet was, Integer bandwidthOut, Integer bandwidthIn,
                       String chargeType, boolean allocate) {
        int out = bandwidthOut == null ? was.bandwidthOut() : bandwidthOut;
        var now = was.withBandwidth(out, bandwidthIn == null ? was.bandwidthIn() : bandwidthIn,
                chargeType == null ? was.internetChargeType() : chargeType);
        if (out == 0) {
            details.setInternet(id, now.withPublicIp(null));
        } else if (was.publicIp() == null && (allocate || was.bandwidthOut() == 0
                && InstanceBilling.PRE_PAID.equals(was.instanceChargeType()))) {
            assign(id, now);
        } else {
            details.setInternet(id, now);
        }
    }

    /** A new instance's details, with a static public address when it asks for one and has bandwidth. */
    void insertDetails(InstanceDetail d, boolean publicIp) {
        details.insert(d.withInternet(d.internet().withPublicIp(null)));
        if (publicIp && d.internet().bandwidthOut() > 0) assign(d.instanceId(), d.internet());
    }

    private InstanceDetail.Internet internet(String id) {
        return details.find(id).map(InstanceDetail::internet).orElse(InstanceDetail.Internet.NONE);
    }

    private String assign(String id, InstanceDetail.Internet net) {
        for (int n = 0; n < TRIES; n++) {
            String address = ElasticIpService.randomAddress();
            if (details.setInternet(id, net.withPublicIp(address))) {
                return address;
            }
        }
        throw new DomainException(DomainError.NO_FREE_ADDRESS, ElasticIpService.POOL);
    }
}
