package io.cloudtwin.core.routing;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * Gateway endpoints: one a VPC and service, made under the VPC's row lock (and the unique index), and the route
 * tables of their VPC associated with them. Lock order: the endpoint, then its route tables in id order; a route
 * table an endpoint is associated with is not deleted (RouteService counts the association under the table's lock),
 * nor an endpoint with route tables.
 */
@Service
public record GatewayEndpointService(GatewayEndpointStore store, RouteStore routeTables, NetworkService networks,
                                     WallClock clock, TagService tags, Transactions tx)
        implements KindService<GatewayEndpoint> {
    /** A new endpoint's settings: name, description and policy ("" for none). */
    public record NewEndpoint(String vpcId, String serviceName, String name, String description,
                              String policyDocument) {}

    public GatewayEndpoint create(Scope scope, String id, NewEndpoint spec, Map<String, String> tagged) {
        return tx.call(() -> {
            networks.lockVpc(scope, spec.vpcId());
            GatewayEndpoint e = new GatewayEndpoint(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), spec.vpcId(), spec.serviceName(), spec.name(), spec.description(),
                    spec.policyDocument(), clock.now());
            Constraints.enforce(() -> store.insert(e), DomainError.GATEWAY_ENDPOINT_EXISTS, spec.serviceName());
            tags.tagNew(scope, ResourceType.GATEWAY_ENDPOINT, id, tagged);
            return e;
        });
    }

    /** Renames, re-describes or gives the endpoint another policy; null leaves each as it is. */
    public void update(Scope scope, String id, String name, String description, String policyDocument) {
        tx.run(() -> store.change(scope, id,
                RowChanges.of("name", name, "description", description, "policyDocument", policyDocument)));
    }

    /** Deletes the endpoint with its tags; refused while route tables are associated with it. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (!store.routeTablesOf(List.of(id)).isEmpty()) {
                throw new DomainException(DomainError.GATEWAY_ENDPOINT_ASSOCIATED, id);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** Associates route tables of the endpoint's VPC with it, all or none (one already associated: refused). */
    public void associate(Scope scope, String id, List<String> routeTableIds) {
        tx.run(() -> {
            GatewayEndpoint e = store.locked(scope, id);
            List<String> associated = store.routeTablesOf(List.of(id)).getOrDefault(id, List.of());
            for (String tableId : new TreeSet<>(routeTableIds)) {
                RouteTable t = routeTables.locked(scope, tableId);
                if (!t.vpcId().equals(e.vpcId())) throw new DomainException(DomainError.ROUTE_VPC_MISMATCH, tableId);
                if (associated.contains(tableId)) {
                    throw new DomainException(DomainError.GATEWAY_ENDPOINT_ASSOCIATION_EXISTS, tableId);
                }
                store.associate(id, tableId, clock.now());
            }
        });
    }

    /** Dissociates route tables from the endpoint, all or none (one not associated: refused). */
    public void dissociate(Scope scope, String id, List<String> routeTableIds) {
        tx.run(() -> {
            store.locked(scope, id);
            for (String tableId : new TreeSet<>(routeTableIds)) {
                routeTables.locked(scope, tableId);
                if (!store.dissociate(id, tableId)) {
                    throw new DomainException(DomainError.GATEWAY_ENDPOINT_NOT_ASSOCIATED, tableId);
                }
            }
        });
    }

    /** The route tables associated with each of these endpoints, in the order they were associated. */
    public Map<String, List<String>> routeTablesOf(List<String> ids) {
        return tx.read(() -> store.routeTablesOf(ids));
    }

    /** The scope's endpoints the filter leaves, by page or after a NextToken. */
    public Listing<GatewayEndpoint> listing(Scope scope, Filter filter) {
        return listing(scope, filter.where());
    }

    /** What a listing asks for: ids (empty: any), a VPC, a service and a name (null: any). */
    public record Filter(List<String> ids, String vpcId, String serviceName, String name) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("vpc_id", vpcId).equal("service_name", serviceName)
                    .equal("name", name);
        }
    }
}
