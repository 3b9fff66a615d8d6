package io.cloudtwin.core.routing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VpcFilter;

/**
 * VPCs' vRouters (Aliyun's DescribeVRouters, ModifyVRouterAttribute): one for each VPC, named after it (vrt-), with
 * the VPC's route tables; only a name and a description of their own are kept (VRouterStore), changed under the VPC's
 * row lock.
 */
@Service
public record VRouterService(VRouterStore store, NetworkService networks, RouteStore routes, Transactions tx) {
    /** A VPC's router: its own name and description ("" when never given) and the VPC's route tables. */
    public record VRouter(Vpc vpc, String name, String description, List<String> routeTableIds) {
        public String id() {
            return RouteTable.routerId(vpc.id());
        }
    }

    /** One page of the scope's routers (of routerId only, when given: none for an id that is no router's). */
    public Page<VRouter> list(Scope scope, String routerId, int offset, int limit) {
        return tx.read(() -> {
            List<String> ids = routerId == null || routerId.isEmpty() ? List.of()
                    : List.of(String.valueOf(RouteTable.vpcOfRouter(routerId)));
            Page<Vpc> vpcs = networks.listVpcs(scope, new VpcFilter(ids, null), offset, limit);
            List<String> vpcIds = vpcs.items().stream().map(Vpc::id).toList();
            Map<String, VRouterStore.Attributes> own = store.of(vpcIds);
            Map<String, List<RouteTable>> tables = routes.tablesOfVpcs(vpcIds);
            return new Page<>(vpcs.items().stream().map(v -> {
                var a = own.get(v.id());
                return new VRouter(v, a == null ? "" : a.name(), a == null ? "" : a.description(),
                        tables.getOrDefault(v.id(), List.of()).stream().map(RouteTable::id).toList());
            }).toList(), vpcs.total());
        });
    }

    /** Renames or re-describes a router of the scope (null leaves a field as it is). */
    public void modify(Scope scope, String routerId, String name, String description) {
        tx.run(() -> {
            String vpcId = RouteTable.vpcOfRouter(routerId);
            if (vpcId == null || networks.findVpc(scope, vpcId).isEmpty()) {
                throw new DomainException(DomainError.VROUTER_NOT_FOUND, routerId);
            }
            networks.lockVpc(scope, vpcId);
            store.set(vpcId, name, description);
        });
    }

    /** Every router with a name or description of its own, for the state document. */
    public List<VRouterStore.Kept> all() {
        return store.all();
    }
}
