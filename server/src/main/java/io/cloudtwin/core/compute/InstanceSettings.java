package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.tag.LabelStore;

/**
 * What an instance keeps of how it is run beyond its shape: how it serves its metadata (InstanceDetail.MetadataOptions),
 * how it is maintained (InstanceDetail.Maintenance) and its RAM role, changed under the instances' row locks, in id
 * order.
 */
@Service
public record InstanceSettings(InstanceService instances, InstanceDetailStore details, LabelStore labels,
                               CapacityReservationService reservations, Transactions tx) {
    /** What became of one instance of a role change: error null when it was made; role the instance had or has. */
    public record RoleChange(DomainError error, String role) {}

    /**
     * Gives each instance (in the order given) the role, as far as it can: INSTANCE_NOT_FOUND for one the scope does
     * not have (INSTANCE_LOCKED for one locked for security), RAM_ROLE_CLASSIC for one in no VPC, RAM_ROLE_ATTACHED
     * for one with another role (the same one again is no change).
     */
    public Map<String, RoleChange> attachRole(Scope scope, String role, Collection<String> ids) {
        return tx.call(() -> {
            return eachInstance(scope, ids, (i, had) -> {
                if (i.vpcId() == null || i.vpcId().isEmpty()) return new RoleChange(DomainError.RAM_ROLE_CLASSIC, had);
                if (had != null && !had.equals(role)) return new RoleChange(DomainError.RAM_ROLE_ATTACHED, had);
                labels.put(ResourceType.INSTANCE, i.id(), LabelStore.RAM_ROLE, role);
                return new RoleChange(null, role);
            });
        });
    }

    /**
     * Takes each instance's role away (role null: whichever it has; else RAM_ROLE_MISMATCH when it has another);
     * an instance without one has nothing taken.
     */
    public Map<String, RoleChange> detachRole(Scope scope, String role, Collection<String> ids) {
        return tx.call(() -> {
            return eachInstance(scope, ids, (i, had) -> {
                if (had != null && role != null && !had.equals(role)) {
                    return new RoleChange(DomainError.RAM_ROLE_MISMATCH, had);
                }
                labels.remove(i.id(), LabelStore.RAM_ROLE);
                return new RoleChange(null, had);
            });
        });
    }

    /**
     * How the instance matches private pools, in the cloud's words, and the capacity reservation it takes a place in
     * (null: none; its place in another is freed): INSTANCE_NOT_FOUND for one the scope does not have,
     * INSTANCE_LOCKED for one locked for security, the reservation's refusals.
     */
    public void matchPrivatePools(Scope scope, String id, String criteria, String reservationId) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id);
            labels.remove(id, LabelStore.PRIVATE_POOL_ID);
            if (reservationId != null) {
                reservations.take(scope, reservationId, i.instanceType(), i.zone(), List.of(id));
            }
            labels.put(ResourceType.INSTANCE, id, LabelStore.PRIVATE_POOL, criteria);
        });
    }

    /** How each of these instances that was given one matches private pools. */
    public Map<String, String> privatePoolsOf(Collection<String> ids) {
        return tx.read(() -> labels.of(ids, LabelStore.PRIVATE_POOL));
    }

    /** The role of each of these instances that has one. */
    public Map<String, String> rolesOf(Collection<String> ids) {
        return tx.read(() -> labels.of(ids, LabelStore.RAM_ROLE));
    }

    /** The scope's instances that have this role. */
    public List<String> withRole(Scope scope, String role) {
        return tx.read(() -> labels.having(scope, ResourceType.INSTANCE, LabelStore.RAM_ROLE, role));
    }

    private Map<String, RoleChange> eachInstance(Scope scope, Collection<String> ids,
                                                 BiFunction<Instance, String, RoleChange> change) {
        Map<String, RoleChange> out = new LinkedHashMap<>();
        for (String id : ids) {
            Instance i;
            try {
                i = instances.lockUnlocked(scope, id);
            } catch (DomainException refused) {
                out.put(id, new RoleChange(refused.error(), null));
                continue;
            }
            out.put(id, change.apply(i, rolesOf(List.of(id)).get(id)));
        }
        return out;
    }

    /** Changes the options given (null: as they are) of an instance of the scope not locked for security. */
    public void changeMetadata(Scope scope, String id, String httpEndpoint, String httpTokens, Integer hopLimit) {
        tx.run(() -> {
            change(scope, List.of(id), d -> details.setMetadata(id, d.metadata().with(httpEndpoint, httpTokens, hopLimit)));
        });
    }

    /**
     * Changes the given parts (null: as they are; a window is given whole, start and end) of the maintenance of
     * instances of the scope not locked for security, all or none.
     */
    public void changeMaintenance(Scope scope, Collection<String> ids, String action, Boolean notice,
                                  String windowStart, String windowEnd) {
        tx.run(() -> {
            change(scope, ids, d -> details.setMaintenance(d.instanceId(),
                    d.maintenance().with(action, notice, windowStart, windowEnd)));
        });
    }

    /** Locks each instance (in id order) and applies the change to what it keeps. */
    private void change(Scope scope, Collection<String> ids, Consumer<InstanceDetail> apply) {
        for (String id : new TreeSet<>(ids)) {
            instances.lockUnlocked(scope, id);
            apply.accept(details.find(id).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id)));
        }
    }
}
