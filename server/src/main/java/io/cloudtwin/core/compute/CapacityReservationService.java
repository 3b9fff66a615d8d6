package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.LabelStore;
import io.cloudtwin.core.tag.TagService;

/**
 * Capacity reservations and the instances that use them. An instance takes a place in one (Target matching: the one
 * named; Open matching: an Open one of its type and zone with a place left) in its creating transaction, under the
 * reservation's row lock, where the places already taken are counted: of two launches into its last place, one wins. A place is freed with its instance (whose labels go with it). A released
 * reservation keeps its row, Released, and takes no instance.
 */
@Service
public record CapacityReservationService(CapacityReservationStore store, LabelStore labels, TagService tags,
                                         WallClock clock, Transactions tx)
        implements KindService<CapacityReservation> {
    /** The match criteria of a reservation any instance launched with Open matching may use. */
    public static final String OPEN = "Open";

    /** What a new reservation is, in the cloud's words; startTime null: now; endTime null: none. */
    public record NewReservation(String name, String description, String instanceType, String zoneId,
                                 int instanceAmount, String platform, String matchCriteria, OffsetDateTime startTime,
                                 OffsetDateTime endTime, String endTimeType) {}

    /** What a change sets; null keeps each. */
    public record Changes(String name, String description, Integer instanceAmount, String platform,
                          OffsetDateTime startTime, OffsetDateTime endTime, String endTimeType) {}

    public CapacityReservation create(Scope scope, String id, NewReservation s, String status,
                                      Map<String, String> tagged) {
        var now = clock.now();
        return tags.inserted(scope, ResourceType.CAPACITY_RESERVATION, store, new CapacityReservation(id,
                scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), s.name(), s.description(),
                s.instanceType(), s.zoneId(), s.instanceAmount(), s.platform(), s.matchCriteria(),
                s.startTime() == null ? now : s.startTime(), s.endTime(), s.endTimeType(), status, now), tagged);
    }

    /**
     * Changes an Active reservation (CAPACITY_RESERVATION_RELEASED); never to fewer places than are used. One made
     * Unlimited no longer keeps an end.
     */
    public void modify(Scope scope, String id, Changes c) {
        tx.run(() -> {
            CapacityReservation r = store.locked(scope, id);
            if (!r.active()) throw new DomainException(DomainError.CAPACITY_RESERVATION_RELEASED, id);
            if (c.instanceAmount() != null && c.instanceAmount() < used(scope, id)) {
                throw new DomainException(DomainError.CAPACITY_RESERVATION_AMOUNT_BELOW_USE, id);
            }
            store.update(id, RowChanges.of("name", c.name(), "description", c.description(), "instanceAmount",
                    c.instanceAmount(), "platform", c.platform(), "startTime", c.startTime(), "endTime", c.endTime(),
                    "endTimeType", c.endTimeType()));
            if (c.endTimeType() != null && !CapacityReservation.LIMITED.equals(c.endTimeType())) store.clearEnd(id);
        });
    }

    /**
     * Releases an Active reservation that ends only when released (CAPACITY_RESERVATION_LIMITED otherwise); its
     * instances keep running, outside any pool.
     */
    public void release(Scope scope, String id) {
        tx.run(() -> {
            CapacityReservation r = store.locked(scope, id);
            if (!r.active()) throw new DomainException(DomainError.CAPACITY_RESERVATION_RELEASED, id);
            if (CapacityReservation.LIMITED.equals(r.endTimeType())) {
                throw new DomainException(DomainError.CAPACITY_RESERVATION_LIMITED, id);
            }
            for (String instance : users(scope, id)) labels.remove(instance, LabelStore.PRIVATE_POOL_ID);
            store.update(id, RowChanges.of("status", CapacityReservation.RELEASED));
        });
    }

    /**
     * Places count instances of that type and zone in the reservation, in the caller's (creating) transaction:
     * CAPACITY_RESERVATION_TYPE_MISMATCH, _ZONE_MISMATCH, _USED_UP (released, or too few places left).
     */
    public void take(Scope scope, String id, String instanceType, String zoneId, List<String> instanceIds) {
        tx.run(() -> {
            CapacityReservation r = store.locked(scope, id);
            if (!r.instanceType().equals(instanceType)) {
                throw new DomainException(DomainError.CAPACITY_RESERVATION_TYPE_MISMATCH, instanceType);
            }
            if (!r.zoneId().equals(zoneId)) {
                throw new DomainException(DomainError.CAPACITY_RESERVATION_ZONE_MISMATCH, zoneId);
            }
            if (!r.active() || used(scope, id) + instanceIds.size() > r.instanceAmount()) {
                throw new DomainException(DomainError.CAPACITY_RESERVATION_USED_UP, id);
            }
            for (String instance : instanceIds) {
                labels.put(ResourceType.INSTANCE, instance, LabelStore.PRIVATE_POOL_ID, id);
            }
        });
    }

    /**
     * Places the instances, launched with Open matching, in the oldest Active Open reservation of their type and zone
     * with places for them all, under its row lock; in none when none has (they run outside any pool, as the cloud
     * falls back to public capacity).
     */
    public void takeOpen(Scope scope, String instanceType, String zoneId, List<String> instanceIds) {
        tx.run(() -> {
            var open = store.list(scope, where(null, null, instanceType, zoneId, CapacityReservation.ACTIVE)
                    .equal("match_criteria", OPEN), 0, Integer.MAX_VALUE).items();
            for (CapacityReservation candidate : open) {
                CapacityReservation r = store.locked(scope, candidate.id());
                if (!r.active() || used(scope, r.id()) + instanceIds.size() > r.instanceAmount()) continue;
                for (String instance : instanceIds) {
                    labels.put(ResourceType.INSTANCE, instance, LabelStore.PRIVATE_POOL_ID, r.id());
                }
                return;
            }
        });
    }

    /** The scope's instances that use the reservation. */
    public List<String> users(Scope scope, String id) {
        return tx.read(() -> labels.having(scope, ResourceType.INSTANCE, LabelStore.PRIVATE_POOL_ID, id));
    }

    private int used(Scope scope, String id) {
        return users(scope, id).size();
    }

    /** How many instances use each of these reservations (read in one query). */
    public Map<String, Integer> usage(Scope scope, Collection<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        ids.forEach(id -> out.put(id, 0));
        tx.read(() -> labels.having(scope, ResourceType.INSTANCE, LabelStore.PRIVATE_POOL_ID, ids))
                .values().forEach(id -> out.merge(id, 1, Integer::sum));
        return out;
    }

    /** The reservation each of these instances uses, where one does. */
    public Map<String, String> of(Collection<String> instanceIds) {
        return tx.read(() -> labels.of(instanceIds, LabelStore.PRIVATE_POOL_ID));
    }

    /** The scope's reservations among ids, of that platform, type, zone and status (null or empty: any). */
    public ScopedTable.Where where(List<String> ids, String platform, String instanceType, String zoneId,
                                   String status) {
        return new ScopedTable.Where().in("id", ids).equal("platform", platform).equal("instance_type", instanceType)
                .equal("zone_id", zoneId).equal("status", status);
    }
}
