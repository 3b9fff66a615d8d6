package io.cloudtwin.core.express;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
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
 * Virtual border routers on Express Connect circuits, and the further circuits associated with them. A router is
 * made, recovered or associated with a circuit under that circuit's row lock, which must be Enabled then: the
 * circuit's termination and deletion, which count its routers and associations under the same lock, never miss one.
 * A VLAN of a circuit serves one router, as its own circuit's or an associated one's
 * (VIRTUAL_BORDER_ROUTER_VLAN_IN_USE, checked under the circuit's lock).
 */
@Service
public record VirtualBorderRouterService(VirtualBorderRouterStore store, PhysicalConnectionStore circuits,
                                         VbrAssociationStore associations, BgpGroupStore bgpGroups,
                                         BgpNetworkStore bgpNetworks, TagService tags, WallClock clock,
                                         Transactions tx)
        implements KindService<VirtualBorderRouter> {
    /** A router's BFD timers and MTU when none are given (the cloud's defaults). */
    public static final long MIN_INTERVAL = 200;
    public static final long DETECT_MULTIPLIER = 3;
    public static final int MTU = 1500;

    /** What a new router is, in the cloud's words; bandwidth null: none set. */
    public record NewRouter(String physicalConnectionId, int vlanId, Peering peering, String circuitCode, String name,
                            String description, Integer bandwidth) {}

    /** What a change sets; null keeps each (peering: the addresses given, over the router's). */
    public record Changes(Integer vlanId, String localGatewayIp, String peerGatewayIp, String peeringSubnetMask,
                          Boolean enableIpv6, String localIpv6GatewayIp, String peerIpv6GatewayIp,
                          String peeringIpv6SubnetMask, String circuitCode, String name, String description,
                          Integer bandwidth, Long minRxInterval, Long minTxInterval, Long detectMultiplier, Integer mtu,
                          Boolean sitelinkEnable) {}

    /** Where a router stands (a null activatedAt: now); a new one is active. */
    public record Standing(String status, OffsetDateTime activatedAt, OffsetDateTime terminatedAt,
                           OffsetDateTime recoveredAt) {
        public static final Standing NEW = new Standing(VirtualBorderRouter.ACTIVE, null, null, null);
    }

    public VirtualBorderRouter create(Scope scope, String id, NewRouter r, String routeTableId,
                                      String vlanInterfaceId, Standing standing, Map<String, String> tagged) {
        return tx.call(() -> {
            PhysicalConnection circuit = enabledCircuit(scope, r.physicalConnectionId());
            vlanFree(circuit.id(), r.vlanId());
            var now = clock.now();
            Peering p = r.peering();
            Standing s = standing == null ? Standing.NEW : standing;
            VirtualBorderRouter row = new VirtualBorderRouter(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), circuit.id(), circuit.accessPointId(), r.vlanId(), p.localGatewayIp(),
                    p.peerGatewayIp(), p.peeringSubnetMask(), p.enableIpv6(), p.localIpv6GatewayIp(),
                    p.peerIpv6GatewayIp(), p.peeringIpv6SubnetMask(), r.circuitCode(), r.name(), r.description(),
                    r.bandwidth(), MIN_INTERVAL, MIN_INTERVAL, DETECT_MULTIPLIER, MTU, false, routeTableId,
                    vlanInterfaceId, s.status(), s.activatedAt() == null ? now : s.activatedAt(), s.terminatedAt(),
                    s.recoveredAt(), now);
            Constraints.enforce(() -> tags.inserted(scope, ResourceType.VIRTUAL_BORDER_ROUTER, store, row, tagged),
                    DomainError.VIRTUAL_BORDER_ROUTER_VLAN_IN_USE, String.valueOf(r.vlanId()));
            return row;
        });
    }

    /** Changes a router; a new VLAN under its circuit's row lock (taken first, as at creation). */
    public void modify(Scope scope, String id, Changes c) {
        tx.run(() -> {
            if (c.vlanId() != null) {
                VirtualBorderRouter r = store.get(scope, id);
                circuits.locked(scope, r.physicalConnectionId());
                if (r.vlanId() != c.vlanId()) vlanFree(r.physicalConnectionId(), c.vlanId());
            }
            store.locked(scope, id);
            Constraints.enforce(() -> store.update(id, RowChanges.of("vlanId", c.vlanId(), "localGatewayIp",
                    c.localGatewayIp(), "peerGatewayIp", c.peerGatewayIp(), "peeringSubnetMask", c.peeringSubnetMask(),
                    "enableIpv6", c.enableIpv6(), "localIpv6GatewayIp", c.localIpv6GatewayIp(), "peerIpv6GatewayIp",
                    c.peerIpv6GatewayIp(), "peeringIpv6SubnetMask", c.peeringIpv6SubnetMask(), "circuitCode",
                    c.circuitCode(), "name", c.name(), "description", c.description(), "bandwidth", c.bandwidth(),
                    "minRxInterval", c.minRxInterval(), "minTxInterval", c.minTxInterval(), "detectMultiplier",
                    c.detectMultiplier(), "mtu", c.mtu(), "sitelinkEnable", c.sitelinkEnable())),
                    DomainError.VIRTUAL_BORDER_ROUTER_VLAN_IN_USE, String.valueOf(c.vlanId()));
        });
    }

    /** An active router is terminated: it stays, and forwards nothing until recovered. */
    public void terminate(Scope scope, String id) {
        tx.run(() -> {
            VirtualBorderRouter r = store.locked(scope, id);
            if (!VirtualBorderRouter.ACTIVE.equals(r.status())) {
                throw new DomainException(DomainError.VIRTUAL_BORDER_ROUTER_STATUS, id);
            }
            store.update(id, RowChanges.of("status", VirtualBorderRouter.TERMINATED, "terminatedAt", clock.now()));
        });
    }

    /** A terminated router is active again, on a circuit that is still Enabled (locked first, as at creation). */
    public void recover(Scope scope, String id) {
        tx.run(() -> {
            enabledCircuit(scope, store.get(scope, id).physicalConnectionId());
            VirtualBorderRouter r = store.locked(scope, id);
            if (!VirtualBorderRouter.TERMINATED.equals(r.status())) {
                throw new DomainException(DomainError.VIRTUAL_BORDER_ROUTER_STATUS, id);
            }
            store.update(id, RowChanges.of("status", VirtualBorderRouter.ACTIVE, "recoveredAt", clock.now()));
        });
    }

    /** Deletes a router without BGP groups or networks (added under its row lock). */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (bgpGroups.counted("router_id", id) > 0 || bgpNetworks.counted("router_id", id) > 0) {
                throw new DomainException(DomainError.VIRTUAL_BORDER_ROUTER_HAS_BGP, id);
            }
            tags.removed(scope, store, id);
        });
    }

    /** A further circuit of the router: the caller's, Enabled, not the router's own nor one associated already. */
    public VbrAssociation associate(Scope scope, String id, String circuitId, int vlanId, Peering p,
                                    String circuitCode) {
        return tx.call(() -> {
            enabledCircuit(scope, circuitId);
            VirtualBorderRouter r = store.locked(scope, id);
            String key = VbrAssociation.id(id, circuitId);
            if (r.physicalConnectionId().equals(circuitId) || associations.exists(key)) {
                throw new DomainException(DomainError.VBR_ASSOCIATION_EXISTS, circuitId);
            }
            vlanFree(circuitId, vlanId);
            VbrAssociation row = new VbrAssociation(key, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), id, circuitId, vlanId, p.localGatewayIp(), p.peerGatewayIp(),
                    p.peeringSubnetMask(), p.enableIpv6(), p.localIpv6GatewayIp(), p.peerIpv6GatewayIp(),
                    p.peeringIpv6SubnetMask(), circuitCode, VbrAssociation.ASSOCIATED, clock.now());
            Constraints.enforce(() -> associations.insert(row), DomainError.VIRTUAL_BORDER_ROUTER_VLAN_IN_USE,
                    String.valueOf(vlanId));
            return row;
        });
    }

    /** Takes a further circuit from the router (VBR_ASSOCIATION_NOT_FOUND when it has not that one). */
    public void unassociate(Scope scope, String id, String circuitId) {
        tx.run(() -> {
            store.locked(scope, id);
            associations.remove(scope, VbrAssociation.id(id, circuitId));
        });
    }

    /** A router on a circuit: with the VLAN, addresses and circuit code it has there (its own, or an association's). */
    public record OnCircuit(VirtualBorderRouter router, int vlanId, Peering peering, String circuitCode) {}

    /** The routers on the scope's circuit (PHYSICAL_CONNECTION_NOT_FOUND), its own ones first, in creation order. */
    public List<OnCircuit> on(Scope scope, String circuitId) {
        return tx.read(() -> {
            circuits.get(scope, circuitId);
            List<OnCircuit> out = new ArrayList<>();
            for (VirtualBorderRouter r : store.list(scope, new ScopedTable.Where().equal("physical_connection_id",
                    circuitId), 0, Integer.MAX_VALUE).items()) {
                out.add(new OnCircuit(r, r.vlanId(), r.peering(), r.circuitCode()));
            }
            for (VbrAssociation a : associations.list(scope, new ScopedTable.Where().equal("physical_connection_id",
                    circuitId), 0, Integer.MAX_VALUE).items()) {
                out.add(new OnCircuit(store.get(scope, a.vbrId()), a.vlanId(), a.peering(), a.circuitCode()));
            }
            return out;
        });
    }

    /** The further circuits of these routers, by router. */
    public Map<String, List<VbrAssociation>> associationsOf(Collection<String> ids) {
        return tx.read(() -> associations.of(ids));
    }

    /** The scope's routers among ids, on these circuits, at these access points, of these statuses... (null: any). */
    public ScopedTable.Where where(List<String> ids, List<String> circuits, List<String> accessPoints,
                                   List<String> statuses, List<String> names, List<String> routeTables,
                                   List<Integer> vlanIds) {
        return new ScopedTable.Where().in("id", ids).in("physical_connection_id", circuits)
                .in("access_point_id", accessPoints).in("status", statuses).in("name", names)
                .in("route_table_id", routeTables).in("vlan_id", vlanIds);
    }

    private void vlanFree(String circuitId, int vlanId) {
        if (associations.vlanUsed(circuitId, vlanId)) {
            throw new DomainException(DomainError.VIRTUAL_BORDER_ROUTER_VLAN_IN_USE, String.valueOf(vlanId));
        }
    }

    /** The circuit, locked, which must be Enabled (PHYSICAL_CONNECTION_NOT_ENABLED). */
    private PhysicalConnection enabledCircuit(Scope scope, String circuitId) {
        PhysicalConnection circuit = circuits.locked(scope, circuitId);
        if (!PhysicalConnection.ENABLED.equals(circuit.status())) {
            throw new DomainException(DomainError.PHYSICAL_CONNECTION_NOT_ENABLED, circuitId);
        }
        return circuit;
    }
}
