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
                    vpcId, name == null ? "" : name, description == null ? "" : description, false, clock.now());
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

    /** Deletes the gateway with its tags; refused while a route entry sends traffic to it. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            routes.requireNoEntryTo(id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's gateways of these ids, VPC and name (null or empty: any), by page or after a NextToken. */
    public Listing<Ipv4Gateway> listing(Scope scope, List<String> ids, String vpcId, String name) {
        return listing(scope, new ScopedTable.Where().in("id", ids).equal("vpc_id", vpcId).equal("name", name));
    }
}
