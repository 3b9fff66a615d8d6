package io.cloudtwin.core.eip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Elastic IPs: allocated from the emulator's pool, bound to one target at a time, released only when free. A binding
 * locks the target (its area's {@link EipTarget}), then the EIP; the conditional UPDATE binds only a free EIP and the
 * unique index takes one EIP per exclusive target, so two bindings of one EIP, or two EIPs for one instance, never
 * both win; a target's deletion frees its EIPs in its own transaction ({@link #targetDeleted}).
 */
@Service
public record ElasticIpService(ElasticIpStore store, List<EipTarget> targets, WallClock clock, TagService tags,
                               SharedBandwidthStore shared, BandwidthPackageStore packages, Transactions tx) {
    /**
     * The pool public addresses come from: 198.18.0.0/15, reserved for benchmarks (RFC 2544), so that no address the
     * emulator hands out is anyone's on the Internet. Its lower half is drawn from at random; its upper half
     * (AddressPoolService.CARVED) is left to the public IP address pools' blocks carved by size.
     */
    public static final String POOL = "198.18.0.0/15";
    /** The half of POOL drawn from at random (and that segments of contiguous EIPs take their blocks from). */
    public static final String RANDOM_BLOCK = "198.18.0.0/16";
    private static final Cidr POOL_BLOCK = Cidr.parse(RANDOM_BLOCK);
    private static final int POOL_SIZE = 1 << (32 - POOL_BLOCK.prefix());
    private static final int TRIES = 64;

    /**
     * What a new EIP is: its name, bandwidth and how it is billed, in the cloud's words; address: the one asked for
     * (AllocateEipAddress IpAddress, a fixture), null for a free one of the pool; addressPoolId and segmentId: the
     * public IP address pool and the segment it comes from ("" for none).
     */
    public record NewEip(String name, String description, int bandwidthMbps, String internetChargeType,
                         String chargeType, String isp, String address, String addressPoolId, String segmentId) {
        public NewEip(String name, String description, int bandwidthMbps, String internetChargeType,
                      String chargeType, String isp, String address) {
            this(name, description, bandwidthMbps, internetChargeType, chargeType, isp, address, "", "");
        }

        /** The same EIP with that address of that public IP address pool, on the pool's line. */
        public NewEip from(AddressPool pool, String poolAddress) {
            return new NewEip(name, description, bandwidthMbps, internetChargeType, chargeType, pool.isp(),
                    poolAddress, pool.id(), segmentId);
        }

        /** The same EIP as one of that segment's (its address is the segment's to choose). */
        public NewEip in(String segment) {
            return new NewEip(name, description, bandwidthMbps, internetChargeType, chargeType, isp, address,
                    addressPoolId, segment);
        }
    }

    /** A new free EIP with the address asked for, or else a free address of the pool. */
    public ElasticIp allocate(Scope scope, String id, NewEip spec, Map<String, String> tagged) {
        return tx.call(() -> {
            boolean asked = spec.address() != null && !spec.address().isEmpty();
            for (int n = 0; n < TRIES; n++) {
                String address = asked ? spec.address() : randomAddress();
                var made = allocateIfFree(scope, id, spec, address, tagged);
                if (made.isPresent()) return made.get();
                // another EIP has the address (the unique index, also against a concurrent allocation): another one
                if (asked) throw new DomainException(DomainError.EIP_ADDRESS_TAKEN, address);
            }
            throw new DomainException(DomainError.NO_FREE_ADDRESS, POOL);
        });
    }

    /** A new free EIP with that address, in the caller's transaction; empty when another EIP has the address. */
    public Optional<ElasticIp> allocateIfFree(Scope scope, String id, NewEip spec, String address,
                                              Map<String, String> tagged) {
        ElasticIp e = row(scope, id, spec, address);
        if (!store.insertIfAddressFree(e)) return Optional.empty();
        tags.tagNew(scope, ResourceType.EIP, id, tagged);
        return Optional.of(e);
    }

    /**
     * New free EIPs, one an address of the block, in the caller's transaction, all or none: empty when another EIP
     * has one of the addresses.
     */
    public Optional<List<ElasticIp>> allocateBlock(Scope scope, Supplier<String> ids, NewEip spec, Cidr block) {
        List<ElasticIp> made = new ArrayList<>();
        for (long a = block.network(); a <= block.last(); a++) made.add(row(scope, ids.get(), spec, Cidr.format(a)));
        return store.insertAllIfAddressesFree(made) ? Optional.of(made) : Optional.empty();
    }

    private ElasticIp row(Scope scope, String id, NewEip spec, String address) {
        return new ElasticIp(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), address,
                nz(spec.name()), nz(spec.description()), spec.bandwidthMbps(), spec.internetChargeType(),
                spec.chargeType(), spec.isp(), "", "", null, "", null, clock.now(), ElasticIp.NAT,
                spec.addressPoolId(), spec.segmentId());
    }

    /**
     * A new EIP bound at once to a target of that kind this transaction has just made (CreateUHostInstance's
     * NetworkInterface.N.EIP): it holds the target's row, so there is no status to check.
     */
    public ElasticIp allocateBound(Scope scope, String id, NewEip spec, String kind, String targetId,
                                   String privateIp) {
        return tx.call(() -> {
            allocate(scope, id, spec, Map.of());
            store.bind(id, kind, targetId, target(kind).exclusive(), privateIp, clock.now(), ElasticIp.NAT);
            return get(scope, id);
        });
    }

    /** A random address of the pool (another kind's own public address: its table's unique index keeps it once). */
    public static String randomAddress() {
        return Cidr.format(POOL_BLOCK.network() + Ids.number(1, POOL_SIZE - 1));
    }

    public ElasticIp get(Scope scope, String id) {
        return store.get(scope, id);
    }

    public Page<ElasticIp> list(Scope scope, EipFilter filter, int offset, int limit) {
        return store.list(scope, filter, offset, limit);
    }

    private ElasticIp lock(Scope scope, String id) {
        return store.locked(scope, id);
    }

    /**
     * Binds a free EIP to a target of a kind in its scope. The target is locked first, then the EIP: the order of a
     * target's deletion (which frees its EIPs), so the two never wait for each other in a circle.
     */
    public ElasticIp bind(Scope scope, String id, String kind, String targetId) {
        return bind(scope, id, kind, targetId, ElasticIp.NAT);
    }

    /**
     * The same, forwarding as mode says: NAT, or another way (BINDED, MULTI_BINDED) only to a network interface
     * (EIP_MODE_NOT_SUPPORTED).
     */
    public ElasticIp bind(Scope scope, String id, String kind, String targetId, String mode) {
        requireForwarding(mode, kind);
        return tx.call(() -> {
            EipTarget target = target(kind);
            if (target == null) throw new DomainException(DomainError.EIP_TARGET_NOT_FOUND, kind + " " + targetId);
            EipTarget.Bindable bindable = target.lock(scope, targetId)
                    .orElseThrow(() -> new DomainException(DomainError.EIP_TARGET_NOT_FOUND, targetId));
            ElasticIp e = lock(scope, id);
            if (e.bound()) throw new DomainException(DomainError.EIP_BOUND, id);
            boolean bound;
            try {
                bound = store.bind(id, kind, targetId, target.exclusive(), bindable.privateIp(), clock.now(), mode);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.TARGET_HAS_EIP, targetId);
            }
            if (!bound) throw new DomainException(DomainError.EIP_BOUND, id);
            return get(scope, id);
        });
    }

    /**
     * Unbinds an EIP from the target it is bound to (targetId null: whatever it is bound to). The target is locked
     * first, then the EIP, as a binding takes them; the target may refuse while it uses the address.
     */
    public void unbind(Scope scope, String id, String targetId) {
        tx.run(() -> {
            ElasticIp seen = get(scope, id);
            if (!seen.bound() || (targetId != null && !targetId.isEmpty() && !targetId.equals(seen.targetId()))) {
                throw new DomainException(DomainError.EIP_NOT_BOUND_TO, id);
            }
            EipTarget target = target(seen.targetKind());
            if (target != null) target.lock(scope, seen.targetId());
            ElasticIp e = lock(scope, id);
            if (!e.bound() || !e.targetId().equals(seen.targetId())) throw new DomainException(DomainError.EIP_NOT_BOUND_TO, id);
            if (target != null) target.releasing(scope, e.targetId(), e.address());
            store.unbind(id);
        });
    }

    /** Changes how a bound EIP forwards: only one bound to a network interface forwards other than NAT. */
    public void forwardMode(Scope scope, String id, String mode) {
        tx.run(() -> {
            ElasticIp e = lock(scope, id);
            if (!e.bound()) throw new DomainException(DomainError.EIP_NOT_BOUND_TO, id);
            requireForwarding(mode, e.targetKind());
            store.update(id, RowChanges.of("mode", mode));
        });
    }

    /** Only an EIP bound to a network interface forwards other than by NAT (EIP_MODE_NOT_SUPPORTED). */
    private static void requireForwarding(String mode, String targetKind) {
        if (!ElasticIp.NAT.equals(mode) && !ElasticIp.INTERFACE.equals(targetKind)) {
            throw new DomainException(DomainError.EIP_MODE_NOT_SUPPORTED, mode);
        }
    }

    /** Releases a free EIP that is not protected from deletion, nor one of a segment (it goes with the segment). */
    public void release(Scope scope, String id) {
        tx.run(() -> {
            ElasticIp e = lock(scope, id);
            if (!e.segmentId().isEmpty()) throw new DomainException(DomainError.EIP_IN_SEGMENT, id);
            releaseLocked(e);
        });
    }

    /** Releases that EIP, its row locked by the caller's transaction, if it is free and not protected. */
    void releaseLocked(ElasticIp e) {
        tags.requireUnprotected(e.id());
        if (e.bound()) throw new DomainException(DomainError.EIP_IN_USE, e.id());
        packages.requireNoneLive(e.id(), clock.now());
        tags.deleting(e.id(), () -> store.delete(e.id()));
    }

    /**
     * Renames, re-describes, or changes the bandwidth or the billing of an EIP (null keeps a value); not the bandwidth
     * or billing of one that shares a bandwidth (EIP_IN_SHARED_BANDWIDTH: adding one locks its row too).
     */
    public ElasticIp modify(Scope scope, String id, String name, String description, Integer bandwidthMbps,
                            String internetChargeType) {
        return tx.call(() -> {
            lock(scope, id);
            if ((bandwidthMbps != null || internetChargeType != null) && !shared.ofEips(List.of(id)).isEmpty()) {
                throw new DomainException(DomainError.EIP_IN_SHARED_BANDWIDTH, id);
            }
            store.update(id, RowChanges.of("name", name, "description", description, "bandwidthMbps", bandwidthMbps,
                    "internetChargeType", internetChargeType));
            return get(scope, id);
        });
    }

    /** The EIPs bound to a target. */
    public List<ElasticIp> ofTarget(String targetId) {
        return store.ofTarget(targetId);
    }

    /** The EIP of each of these targets that has one (for targets that hold one: instances, interfaces). */
    public Map<String, ElasticIp> ofTargets(Collection<String> targetIds) {
        Map<String, ElasticIp> out = new LinkedHashMap<>();
        if (targetIds.isEmpty()) return out;
        for (ElasticIp e : store.ofTargets(targetIds)) out.putIfAbsent(e.targetId(), e);
        return out;
    }

    /** A target goes: its EIPs are free again (called in the deletion's transaction, the target locked). */
    /** A target moved to another private address (its row locked by the caller): its EIPs map to it there. */
    public void targetMoved(String targetId, String privateIp) {
        store.retarget(targetId, privateIp);
    }

    public void targetDeleted(String targetId) {
        store.unbindTarget(targetId);
    }

    /**
     * A target goes: release false frees its EIPs, true releases them (UCloud's TerminateUHostInstance ReleaseEIP),
     * with their tags, in the deletion's transaction. The target is locked: no binding to it or unbinding from it
     * runs meanwhile (both lock the target first).
     */
    public void targetDeleted(String targetId, boolean release) {
        if (!release) {
            targetDeleted(targetId);
            return;
        }
        for (ElasticIp e : store.ofTarget(targetId)) tags.deleting(e.id(), () -> store.delete(e.id()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private EipTarget target(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(null);
    }
}
