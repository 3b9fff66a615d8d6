package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.LabelStore;
import io.cloudtwin.core.tag.TagService;

/**
 * Dedicated hosts: Available at once; instances are placed on one under its row lock, in its zone, and it is not
 * released while one runs there (nor while its subscription runs). A subscription's end moves with each renewal. A
 * host joins a cluster of its zone under the cluster's row lock, which the cluster's deletion takes too.
 */
@Service
public record DedicatedHostService(DedicatedHostStore store, DedicatedHostClusterService clusters, LabelStore labels,
                                   InstanceStore instances, WallClock clock, TagService tags, Transactions tx)
        implements KindService<DedicatedHost> {
    /** The settings ModifyDedicatedHostAttribute changes; null leaves each. */
    public record Changes(String name, String description, String actionOnMaintenance, String autoPlacement,
                          String cpuOverCommitRatio, Integer slbUdpTimeout, Integer udpTimeout) {}

    /** A subscription's term: so many weeks, months or years (null: pay-as-you-go). */
    public record Term(int period, String unit) {
        OffsetDateTime after(OffsetDateTime from) {
            return switch (unit) {
                case "Week" -> from.plusWeeks(period);
                case "Year" -> from.plusYears(period);
                default -> from.plusMonths(period);
            };
        }
    }

    public DedicatedHost allocate(Scope scope, String id, String zone, String hostType, Changes s, String chargeType,
                                  Term term, String autoReleaseTime, String clusterId, Map<String, String> tagged) {
        return tx.call(() -> {
            if (clusterId != null) inZone(clusters.lockForJoin(scope, clusterId), zone);
            OffsetDateTime now = clock.now();
            DedicatedHost h = new DedicatedHost(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), zone, hostType, text(s.name()), text(s.description()), s.actionOnMaintenance(),
                    s.autoPlacement(), text(autoReleaseTime), text(s.cpuOverCommitRatio()), chargeType,
                    term == null ? "" : term.unit(), term == null ? null : term.after(now),
                    s.slbUdpTimeout() == null ? 0 : s.slbUdpTimeout(), s.udpTimeout() == null ? 0 : s.udpTimeout(),
                    clusterId, now);
            return tags.inserted(scope, ResourceType.DEDICATED_HOST, store, h, tagged);
        });
    }

    public void update(Scope scope, String id, Changes c) {
        tx.run(() -> store.change(scope, id, RowChanges.from(c)));
    }

    /** Moves the host into a cluster of its zone (DEDICATED_HOST_CLUSTER_MISMATCH: another zone's). */
    public void join(Scope scope, String id, String clusterId) {
        tx.run(() -> {
            DedicatedHost h = store.locked(scope, id);
            inZone(clusters.lockForJoin(scope, clusterId), h.zone());
            store.update(id, RowChanges.of("clusterId", clusterId));
        });
    }

    private static void inZone(DedicatedHostCluster cluster, String zone) {
        if (!cluster.zone().equals(zone)) {
            throw new DomainException(DomainError.DEDICATED_HOST_CLUSTER_MISMATCH, cluster.id());
        }
    }

    /** When a pay-as-you-go host releases itself ("" : never). */
    public void autoRelease(Scope scope, String id, String time) {
        tx.run(() -> {
            DedicatedHost h = store.locked(scope, id);
            if (h.prePaid()) throw new DomainException(DomainError.DEDICATED_HOST_CHARGE_TYPE, id);
            store.update(id, RowChanges.of("autoReleaseTime", text(time)));
        });
    }

    /** Renews subscription hosts by a term each (a pay-as-you-go one: DEDICATED_HOST_CHARGE_TYPE), all or none. */
    public void renew(Scope scope, List<String> ids, Term term) {
        tx.run(() -> {
            for (DedicatedHost h : locked(scope, ids)) {
                if (!h.prePaid()) throw new DomainException(DomainError.DEDICATED_HOST_CHARGE_TYPE, h.id());
                OffsetDateTime from = h.expiresAt().isAfter(clock.now()) ? h.expiresAt() : clock.now();
                store.update(h.id(), RowChanges.of("expiresAt", term.after(from), "saleCycle", term.unit()));
            }
        });
    }

    /** Turns hosts into subscriptions for a term (term given) or into pay-as-you-go ones (null), all or none. */
    public void charge(Scope scope, List<String> ids, Term term) {
        tx.run(() -> {
            for (DedicatedHost h : locked(scope, ids)) {
                if (term == null) {
                    // a pay-as-you-go host's expiresAt is not read
                    store.update(h.id(), RowChanges.of("chargeType", DedicatedHost.POST_PAID, "saleCycle", ""));
                } else {
                    store.update(h.id(), RowChanges.of("chargeType", DedicatedHost.PRE_PAID, "saleCycle", term.unit(),
                            "expiresAt", term.after(clock.now()), "autoReleaseTime", ""));
                }
            }
        });
    }

    /** Releases a host with its tags (a subscription only when terminated); refused while instances run on it. */
    public void release(Scope scope, String id, boolean terminateSubscription) {
        tx.run(() -> {
            DedicatedHost h = store.locked(scope, id);
            if (h.prePaid() && !terminateSubscription) {
                throw new DomainException(DomainError.DEDICATED_HOST_CHARGE_TYPE, id);
            }
            if (!instances(scope, id).isEmpty()) throw new DomainException(DomainError.DEDICATED_HOST_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /**
     * Places new instances on the host, in the caller's transaction: under the host's row lock, each in its zone
     * (another: DEDICATED_HOST_ZONE_MISMATCH).
     */
    public void place(Scope scope, String hostId, List<Instance> placed) {
        DedicatedHost h = store.locked(scope, hostId);
        for (Instance i : placed) {
            if (!h.zone().equals(i.zone())) throw new DomainException(DomainError.DEDICATED_HOST_ZONE_MISMATCH, i.id());
            labels.put(ResourceType.INSTANCE, i.id(), LabelStore.DEDICATED_HOST, h.id());
        }
    }

    /** The ids of the instances on the host. */
    public List<String> instances(Scope scope, String hostId) {
        return labels.having(scope, ResourceType.INSTANCE, LabelStore.DEDICATED_HOST, hostId);
    }

    /** The instances on each of these hosts (a host with none is left out): two queries, whatever the hosts. */
    public Map<String, List<Instance>> instancesOn(Scope scope, Collection<String> hostIds) {
        return tx.read(() -> {
            Map<String, String> placed = labels.having(scope, ResourceType.INSTANCE, LabelStore.DEDICATED_HOST,
                    hostIds);
            Map<String, List<Instance>> out = new LinkedHashMap<>();
            for (Instance i : instances.byIds(placed.keySet())) {
                out.computeIfAbsent(placed.get(i.id()), h -> new ArrayList<>()).add(i);
            }
            return out;
        });
    }

    /** The host each of these instances runs on (none: absent). */
    public Map<String, String> hostsOf(List<String> instanceIds) {
        return tx.read(() -> labels.of(instanceIds, LabelStore.DEDICATED_HOST));
    }

    /** Which hosts a listing wants: of these ids, zone, type, name and cluster (null or empty: any). */
    public record Filter(List<String> ids, String zone, String hostType, String name, String clusterId) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("zone", zone).equal("host_type", hostType)
                    .equal("name", name).equal("cluster_id", clusterId);
        }
    }

    /** The scope's hosts the filter wants, by page or after a NextToken. */
    public Listing<DedicatedHost> listing(Scope scope, Filter f) {
        return listing(scope, f.where());
    }

    private List<DedicatedHost> locked(Scope scope, List<String> ids) {
        return ids.stream().map(id -> store.locked(scope, id)).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
