package io.cloudtwin.core.routing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
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
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.tag.TagService;

/**
 * IPv4 gateways: one a VPC, made under the VPC's row lock (and the unique index), disabled until enabled once. Route
 * entries may name one as their next hop (NextHopType Ipv4Gateway); a gateway they name is not deleted.
 */
@Service
public record Ipv4GatewayService(Ipv4GatewayStore store, NetworkService networks, RouteService routes,
                                 WallClock clock, TagService tags, Transactions tx)
        implements KindService.Described<Ipv4Gateway> {
    /** The kind's name in core.routing's next hops. */
    public static final String KIND = "ipv4_gateway";

    public Ipv4Gateway create(Scope scope, String id, String vpcId, String name, String description,
                              Map<String, String> tagged) {
        return tx.call(() -> {
            networks.lockVpc(scope, vpcId);
            Ipv4Gateway g = new Ipv4Gateway(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    vpcId, name == null ? "" : name, description == null ? "" : description, false, clock.now(), null);
            Constraints.enforce(() -> store.insert(g), DomainError.IPV4_GATEWAY_EXISTS, vpcId);
            tags.tagNew(scope, ResourceType.IPV4_GATEWAY, id, tagged);
            return g;
        });
    }

    /** Enables the gateway, once (enabled already: IPV4_GATEWAY_ENABLED). */
    public void enable(Scope scope, String id) {
        tx.run(() -> {
            Ipv4Gateway g = store.locked(scope, id);
            if (g.enabled()) throw new DomainException(DomainError.IPV4_GATEWAY_ENABLED, id);
            store.update(id, RowChanges.of("enabled", true));
        });
    }

    /**
     * Associates a gateway route table of the gateway's VPC with the gateway, which must be enabled: the gateway's
     * row, then the table's (the order of a route entry to the gateway). Again with the same table changes nothing;
     * a gateway takes one table (GATEWAY_HAS_ROUTE_TABLE).
     */
    public void associateTable(Scope scope, String id, String tableId) {
        tx.run(() -> {
            Ipv4Gateway g = store.locked(scope, id);
            RouteTable t = routes.lockForGateway(scope, tableId);
            if (!t.vpcId().equals(g.vpcId())) throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, tableId);
            if (!g.enabled()) throw new DomainException(DomainError.IPV4_GATEWAY_NOT_ACTIVE, id);
            if (tableId.equals(g.routeTableId())) return;
            if (g.routeTableId() != null) throw new DomainException(DomainError.GATEWAY_HAS_ROUTE_TABLE, id);
            Constraints.enforce(() -> store.routeTable(id, tableId), DomainError.ROUTE_TABLE_GATEWAY_ASSOCIATED,
                    tableId);
        });
    }

    /** Ends the gateway's association with that table (GATEWAY_NOT_ASSOCIATED when it has none with it). */
    public void dissociateTable(Scope scope, String id, String tableId) {
        tx.run(() -> {
            Ipv4Gateway g = store.locked(scope, id);
            RouteTable t = routes.table(scope, tableId);
            if (!RouteTable.FOR_GATEWAY.equals(t.associateType())) {
                throw new DomainException(DomainError.ROUTE_TABLE_TYPE_MISMATCH, tableId);
            }
            if (!tableId.equals(g.routeTableId())) {
                throw new DomainException(DomainError.GATEWAY_NOT_ASSOCIATED, tableId);
            }
            store.routeTable(id, null);
        });
    }

    /**
     * Deletes the gateway with its tags; refused while a route entry sends traffic to it or a route table is
     * associated with it.
     */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            Ipv4Gateway g = store.locked(scope, id);
            if (g.routeTableId() != null) throw new DomainException(DomainError.GATEWAY_HAS_ROUTE_TABLE, id);
            routes.requireNoEntryTo(id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's gateways of these ids, VPC and name (null or empty: any), by page or after a NextToken. */
    public Listing<Ipv4Gateway> listing(Scope scope, List<String> ids, String vpcId, String name) {
        return listing(scope, new ScopedTable.Where().in("id", ids).equal("vpc_id", vpcId).equal("name", name));
    }
}
