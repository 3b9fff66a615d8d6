package io.cloudtwin.core.eip;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Shared bandwidths and the EIPs that share them. Rules: an EIP of the scope shares one bandwidth at a time (the
 * member table's primary key, EIP_IN_SHARED_BANDWIDTH); a shared bandwidth that EIPs share cannot go unless they are
 * taken out with it (SHARED_BANDWIDTH_IN_USE); an EIP's own cap inside one is at most the shared bandwidth. Locks: the
 * shared bandwidth's row, then the EIPs' rows in id order; releasing an EIP locks the EIP only and takes it out (the
 * foreign key cascades), so the two are serialized on the EIP's row.
 */
@Service
public record SharedBandwidthService(SharedBandwidthStore store, ElasticIpStore eips, BandwidthPackageStore packages,
                                     WallClock clock, TagService tags, Transactions tx)
        implements KindService<SharedBandwidth> {
    /** What a shared bandwidth is made with (the cloud's words for chargeType and isp; ratio 0 for none). */
    public record NewSharedBandwidth(String name, String description, String tag, int bandwidth, String chargeType,
                                     String isp, int ratio) {}

    /** A shared bandwidth with its EIPs, each as it is now, in the order they were added. */
    public record View(SharedBandwidth sharedBandwidth, List<Shared> eips) {}

    /** An EIP in a shared bandwidth and its own cap there (null: the shared bandwidth's). */
    public record Shared(ElasticIp eip, Integer ipBandwidth) {
        /** The bandwidth the EIP has inside the shared one. */
        public int bandwidthIn(SharedBandwidth s) {
            return ipBandwidth != null ? ipBandwidth : s.bandwidth();
        }
    }

    public SharedBandwidth create(Scope scope, String id, NewSharedBandwidth spec, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.SHARED_BANDWIDTH, store, new SharedBandwidth(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), nz(spec.name()), nz(spec.description()),
                nz(spec.tag()), spec.bandwidth(), nz(spec.chargeType()), nz(spec.isp()), spec.ratio(), clock.now()),
                tagged);
    }

    /** A page of the scope's shared bandwidths, narrowed to ids (empty: any) and name (null: any), with their EIPs. */
    public Page<View> list(Scope scope, Collection<String> ids, String name, int offset, int limit) {
        return tx.read(() -> {
            Page<SharedBandwidth> page = store.list(scope, new ScopedTable.Where().in("id", ids).equal("name", name),
                    offset, limit);
            return new Page<>(views(page.items()), page.total());
        });
    }

    /** The shared bandwidth an EIP is in and the EIP's own cap there (null: the shared bandwidth's). */
    public record Sharing(SharedBandwidth sharedBandwidth, Integer ipBandwidth) {
        /** The bandwidth the EIP has inside the shared one. */
        public int bandwidth() {
            return ipBandwidth != null ? ipBandwidth : sharedBandwidth.bandwidth();
        }
    }

    /** The shared bandwidth each of these EIPs is in (EIPs in none are left out). */
    public Map<String, Sharing> sharingOf(Collection<String> eipIds) {
        return tx.read(() -> {
            Map<String, SharedBandwidth.Member> members = store.ofEips(eipIds);
            Map<String, SharedBandwidth> byId = new HashMap<>();
            store.byIds(members.values().stream().map(SharedBandwidth.Member::sharedBandwidthId).distinct().toList())
                    .forEach(b -> byId.put(b.id(), b));
            Map<String, Sharing> out = new HashMap<>();
            members.forEach((eip, m) -> {
                SharedBandwidth b = byId.get(m.sharedBandwidthId());
                if (b != null) out.put(eip, new Sharing(b, m.ipBandwidth()));
            });
            return out;
        });
    }

    /** Renames, re-describes or resizes (bandwidth, Mbps) a shared bandwidth; null keeps a value. */
    public void modify(Scope scope, String id, String name, String description, Integer bandwidth) {
        tx.run(() -> {
            lock(scope, id);
            store.update(id, RowChanges.of("name", name, "description", description, "bandwidth", bandwidth));
        });
    }

    /**
     * Deletes a shared bandwidth with its tags; with EIPs in it only when force (they are taken out, as
     * {@link #remove} takes them), else SHARED_BANDWIDTH_IN_USE; never while protected from deletion.
     */
    public void delete(Scope scope, String id, boolean force, Leaving leaving) {
        tx.run(() -> {
            lock(scope, id);
            tags.requireUnprotected(id);
            List<SharedBandwidth.Member> members = store.membersOf(List.of(id)).getOrDefault(id, List.of());
            if (!members.isEmpty() && !force) throw new DomainException(DomainError.SHARED_BANDWIDTH_IN_USE, id);
            remove(scope, id, members.stream().map(SharedBandwidth.Member::eipId).toList(), leaving);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** Adds EIPs of the scope, all or none: each must exist and share no bandwidth yet. */
    public void add(Scope scope, String id, Collection<String> eipIds) {
        tx.run(() -> {
            lock(scope, id);
            TreeSet<String> wanted = new TreeSet<>(eipIds);
            List<ElasticIp> locked = eips.lockAll(scope, wanted);
            for (String e : wanted) {
                if (locked.stream().noneMatch(l -> l.id().equals(e))) {
                    throw new DomainException(DomainError.EIP_NOT_FOUND, e);
                }
                packages.requireNoneLive(e, clock.now());
            }
            for (String e : wanted) {
                try {
                    store.add(id, e, clock.now());
                } catch (DuplicateKeyException taken) {
                    throw new DomainException(DomainError.EIP_IN_SHARED_BANDWIDTH, e);
                }
            }
        });
    }

    /**
     * A new EIP made by allocate (ElasticIpService.allocate, joining this transaction) added to the shared bandwidth
     * at once (UCloud's AllocateEIP with PayMode ShareBandwidth), all or none.
     */
    public ElasticIp allocateInto(Scope scope, String id, Supplier<ElasticIp> allocate) {
        return tx.call(() -> {
            lock(scope, id);
            ElasticIp e = allocate.get();
            store.add(id, e.id(), clock.now());
            return e;
        });
    }

    /** What an EIP becomes when it leaves a shared bandwidth: its bandwidth and charge type (null: as it was). */
    public record Leaving(Integer bandwidth, String internetChargeType) {
        public static final Leaving AS_BEFORE = new Leaving(null, null);
    }

    /** Takes EIPs out, all or none: each must be in it. */
    public void remove(Scope scope, String id, Collection<String> eipIds, Leaving leaving) {
        tx.run(() -> {
            lock(scope, id);
            TreeSet<String> wanted = new TreeSet<>(eipIds);
            eips.lockAll(scope, wanted);
            for (String e : wanted) {
                if (!store.remove(id, e)) throw new DomainException(DomainError.EIP_NOT_IN_SHARED_BANDWIDTH, e);
                eips.update(e, RowChanges.of("bandwidthMbps", leaving.bandwidth(),
                        "internetChargeType", leaving.internetChargeType()));
            }
        });
    }

    /** Sets an EIP's own cap inside the shared bandwidth (null: none), at most the shared bandwidth. */
    public void capEip(Scope scope, String id, String eipId, Integer mbps) {
        tx.run(() -> {
            SharedBandwidth s = lock(scope, id);
            if (mbps != null && mbps > s.bandwidth()) {
                throw new DomainException(DomainError.EIP_BANDWIDTH_ABOVE_SHARED, eipId);
            }
            eips.locked(scope, eipId);
            if (!store.setIpBandwidth(id, eipId, mbps)) {
                throw new DomainException(DomainError.EIP_NOT_IN_SHARED_BANDWIDTH, eipId);
            }
        });
    }

    private List<View> views(List<SharedBandwidth> page) {
        var members = store.membersOf(page.stream().map(SharedBandwidth::id).toList());
        Map<String, ElasticIp> byId = new HashMap<>();
        eips.byIds(members.values().stream().flatMap(List::stream).map(SharedBandwidth.Member::eipId).toList())
                .forEach(e -> byId.put(e.id(), e));
        return page.stream().map(s -> new View(s, members.getOrDefault(s.id(), List.of()).stream()
                .filter(m -> byId.containsKey(m.eipId()))
                .map(m -> new Shared(byId.get(m.eipId()), m.ipBandwidth())).toList())).toList();
    }

    private SharedBandwidth lock(Scope scope, String id) {
        return store.locked(scope, id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
