package io.cloudtwin.core.express;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.cloudtwin.core.tag.TagService;

/**
 * Express Connect circuits and the moves of their status, each under the circuit's row lock: a move from a status it
 * does not start from is PHYSICAL_CONNECTION_STATUS, and nothing changes. A circuit that carries virtual border
 * routers, its own or associated ones (made under the same lock), is neither terminated nor deleted.
 */
@Service
public record PhysicalConnectionService(PhysicalConnectionStore store, VirtualBorderRouterStore routers,
                                        VbrAssociationStore associations, TagService tags, WallClock clock,
                                        Transactions tx) implements KindService<PhysicalConnection> {
    /** A move of a circuit's status: the statuses it starts from, and where it ends. */
    public enum Move {
        CONFIRM(Set.of(PhysicalConnection.ALLOCATED), PhysicalConnection.CONFIRMED),
        ENABLE(Set.of(PhysicalConnection.CONFIRMED), PhysicalConnection.ENABLED),
        CANCEL(Set.of(PhysicalConnection.ALLOCATED, PhysicalConnection.CONFIRMED), PhysicalConnection.CANCELED),
        TERMINATE(Set.of(PhysicalConnection.ENABLED), PhysicalConnection.TERMINATED);

        private final Set<String> from;
        private final String to;

        Move(Set<String> from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** The statuses a circuit is deleted from; an Enabled one is terminated first. */
    private static final Set<String> DELETABLE = Set.of(PhysicalConnection.ALLOCATED, PhysicalConnection.CONFIRMED,
            PhysicalConnection.CANCELED, PhysicalConnection.TERMINATED);
    /** The statuses whose attributes still change. */
    private static final Set<String> CHANGEABLE = Set.of(PhysicalConnection.ALLOCATED, PhysicalConnection.CONFIRMED,
            PhysicalConnection.ENABLED);

    /** What a new circuit is, in the cloud's words; bandwidth null: none set. */
    public record NewConnection(String accessPointId, String type, String lineOperator, String portType,
                                Integer bandwidth, String peerLocation, String circuitCode, String redundantId,
                                String name, String description) {}

    /** What a change sets; null keeps each. */
    public record Changes(String lineOperator, String portType, Integer bandwidth, String peerLocation,
                          String circuitCode, String redundantId, String name, String description) {}

    /** Where a circuit stands: a new one is Allocated, not enabled, billed by nothing. */
    public record Standing(String status, String chargeType, OffsetDateTime enabledAt, OffsetDateTime endTime) {
        public static final Standing NEW = new Standing(PhysicalConnection.ALLOCATED, "", null, null);
    }

    public PhysicalConnection create(Scope scope, String id, NewConnection c, Standing s, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.PHYSICAL_CONNECTION, store, new PhysicalConnection(id,
                scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), c.accessPointId(), c.type(),
                c.lineOperator(), c.portType(), c.bandwidth(), c.peerLocation(), c.circuitCode(), c.redundantId(),
                c.name(), c.description(), s.status(), s.chargeType(), s.enabledAt(), s.endTime(), clock.now()),
                tagged);
    }

    /** Changes a circuit that is neither Canceled nor Terminated. */
    public void modify(Scope scope, String id, Changes c) {
        tx.run(() -> {
            PhysicalConnection p = store.locked(scope, id);
            if (!CHANGEABLE.contains(p.status())) throw new DomainException(DomainError.PHYSICAL_CONNECTION_STATUS, id);
            store.update(id, RowChanges.of("lineOperator", c.lineOperator(), "portType", c.portType(), "bandwidth",
                    c.bandwidth(), "peerLocation", c.peerLocation(), "circuitCode", c.circuitCode(), "redundantId",
                    c.redundantId(), "name", c.name(), "description", c.description()));
        });
    }

    /** Moves the circuit's status (Enable without an order: no charge type, no end). */
    public void move(Scope scope, String id, Move move) {
        move(scope, id, move, "", null);
    }

    /**
     * Moves the circuit's status; one that ends Enabled is enabled now, billed by chargeType until endTime (null:
     * no end).
     */
    public void move(Scope scope, String id, Move move, String chargeType, OffsetDateTime endTime) {
        tx.run(() -> {
            PhysicalConnection p = store.locked(scope, id);
            if (!move.from.contains(p.status())) throw new DomainException(DomainError.PHYSICAL_CONNECTION_STATUS, id);
            if (move == Move.TERMINATE && carriesRouters(id)) {
                throw new DomainException(DomainError.PHYSICAL_CONNECTION_HAS_ROUTERS, id);
            }
            if (move == Move.ENABLE) {
                store.update(id, RowChanges.of("status", move.to, "chargeType", chargeType, "enabledAt", clock.now(),
                        "endTime", endTime));
            } else {
                store.update(id, RowChanges.of("status", move.to));
            }
        });
    }

    /** The status of each of the scope's circuits among ids, read in one query. */
    public Map<String, String> statuses(Scope scope, Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids), 0, Integer.MAX_VALUE).items())
                .forEach(p -> out.put(p.id(), p.status()));
        return out;
    }

    /** Whether a router is on the circuit, as its own or as an associated one. */
    private boolean carriesRouters(String id) {
        return routers.counted("physical_connection_id", id) + associations.counted("physical_connection_id", id) > 0;
    }

    /** The scope's circuits among ids, at these access points, of these types, lines, statuses, names (null: any). */
    public ScopedTable.Where where(List<String> ids, List<String> accessPoints, List<String> types,
                                   List<String> lineOperators, List<String> statuses, List<String> names) {
        return new ScopedTable.Where().in("id", ids).in("access_point_id", accessPoints).in("type", types)
                .in("line_operator", lineOperators).in("status", statuses).in("name", names);
    }

    /** Deletes a circuit that is not Enabled. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            PhysicalConnection p = store.locked(scope, id);
            if (!DELETABLE.contains(p.status())) {
                throw new DomainException(DomainError.PHYSICAL_CONNECTION_NOT_DELETABLE, id);
            }
            if (carriesRouters(id)) {
                throw new DomainException(DomainError.PHYSICAL_CONNECTION_HAS_ROUTERS, id);
            }
            tags.removed(scope, store, id);
        });
    }
}
