package io.cloudtwin.core.vpn;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * The route entries of VPN gateways, by destination or by policy, each to a connection of its gateway; every change
 * under the gateway's row lock. An entry is named by its gateway, kind, source (policy only), destination and next
 * hop, as the API names it; one a name (the unique index). A connection's entries go with it.
 */
@Service
public record VpnRouteService(VpnRouteEntryStore store, VpnGatewayStore gateways, VpnConnectionStore connections,
                              WallClock clock, Transactions tx) implements KindService<VpnRouteEntry> {
    /** An entry's name: routeSource is "" for a destination-based entry, null for "any" where the API allows it. */
    public record Route(String vpnGatewayId, boolean policy, String routeSource, String routeDest, String nextHop) {}

    public VpnRouteEntry create(Scope scope, String id, Route r, int weight, boolean publish, String description,
                                int priority) {
        return tx.call(() -> {
            gateways.locked(scope, r.vpnGatewayId());
            VpnConnection hop = connections.find(scope, r.nextHop())
                    .filter(c -> c.vpnGatewayId().equals(r.vpnGatewayId()))
                    .orElseThrow(() -> new DomainException(DomainError.VPN_NEXT_HOP_NOT_FOUND, r.nextHop()));
            VpnRouteEntry e = new VpnRouteEntry(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), r.vpnGatewayId(), r.policy(), r.policy() ? r.routeSource() : "", r.routeDest(),
                    hop.id(), weight, publish, CustomerGatewayService.nz(description), priority, clock.now());
            Constraints.enforce(() -> store.insert(e), DomainError.VPN_ROUTE_ENTRY_EXISTS, r.routeDest());
            return e;
        });
    }

    /** Publishes the entries of that name to the VPC (or withdraws them); none: VPN_ROUTE_ENTRY_NOT_FOUND. */
    public void publish(Scope scope, Route r, boolean publish) {
        tx.run(() -> {
            for (VpnRouteEntry e : named(scope, r, null)) store.update(e.id(), RowChanges.of("published", publish));
        });
    }

    /** Sets the weight of the entry of that name and weight. */
    public void reweigh(Scope scope, Route r, int weight, int newWeight) {
        tx.run(() -> {
            for (VpnRouteEntry e : named(scope, r, weight)) store.update(e.id(), RowChanges.of("weight", newWeight));
        });
    }

    /** Deletes the entry of that name and weight. */
    public void delete(Scope scope, Route r, int weight) {
        tx.run(() -> {
            for (VpnRouteEntry e : named(scope, r, weight)) store.delete(e.id());
        });
    }

    /** The gateway's entries of one kind, a page of them (an unknown gateway: VPN_GATEWAY_NOT_FOUND). */
    public Page<VpnRouteEntry> list(Scope scope, String vpnGatewayId, boolean policy, int offset, int limit) {
        return tx.read(() -> {
            gateways.get(scope, vpnGatewayId);
            return store.list(scope, new ScopedTable.Where().equal("vpn_gateway_id", vpnGatewayId)
                    .equal("policy", policy), offset, limit);
        });
    }

    /** Under the gateway's lock, the entries of that name (and weight, when given); none: not found. */
    private List<VpnRouteEntry> named(Scope scope, Route r, Integer weight) {
        gateways.locked(scope, r.vpnGatewayId());
        var where = new ScopedTable.Where().equal("vpn_gateway_id", r.vpnGatewayId()).equal("policy", r.policy())
                .equal("route_dest", r.routeDest()).equal("next_hop", r.nextHop()).equal("weight", weight);
        if (r.policy()) where.equal("route_source", r.routeSource());
        List<VpnRouteEntry> found = store.list(scope, where, 0, Integer.MAX_VALUE).items();
        if (found.isEmpty()) throw new DomainException(DomainError.VPN_ROUTE_ENTRY_NOT_FOUND, r.routeDest());
        return found;
    }
}
