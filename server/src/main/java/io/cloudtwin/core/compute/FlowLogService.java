package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.tag.TagService;

/**
 * Flow logs of VPCs, subnets and network interfaces: made under the watched resource's row lock (it must be the
 * scope's), active at once, deactivated and activated again, never delivering a record.
 */
@Service
public record FlowLogService(FlowLogStore store, NetworkService networks, InterfaceStore interfaces, WallClock clock,
                             TagService tags, Transactions tx) {
    /** What a flow log is made of (the resource's VPC is found when it is made). */
    public record NewFlowLog(String name, String description, FlowLog.Kind kind, String resourceId,
                             String trafficType, String logProject, String logStore, int aggregationInterval,
                             String trafficPaths, String ipVersion) {}

    public FlowLog create(Scope scope, String id, NewFlowLog f, Map<String, String> tagged) {
        return tx.call(() -> {
            String vpcId = switch (f.kind()) {
                case VPC -> networks.lockedVpcOf(scope, f.resourceId(), false).orElse(null);
                case SUBNET -> networks.lockedVpcOf(scope, f.resourceId(), true).orElse(null);
                case INTERFACE -> interfaces.lock(scope, f.resourceId()).map(NetworkInterface::vpcId).orElse(null);
            };
            if (vpcId == null) throw new DomainException(DomainError.FLOW_LOG_RESOURCE_NOT_FOUND, f.resourceId());
            FlowLog made = new FlowLog(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    f.name(), f.description(), f.kind().name(), f.resourceId(), vpcId, f.trafficType(),
                    f.logProject(), f.logStore(), f.aggregationInterval(), f.trafficPaths(), f.ipVersion(), true,
                    clock.now());
            return tags.inserted(scope, ResourceType.FLOW_LOG, store, made, tagged);
        });
    }

    /** Activates (true) or deactivates a flow log: refused when it is so already (FLOW_LOG_STATUS). */
    public void activate(Scope scope, String id, boolean active) {
        tx.run(() -> {
            FlowLog f = store.locked(scope, id);
            if (f.active() == active) throw new DomainException(DomainError.FLOW_LOG_STATUS, id);
            store.update(id, RowChanges.of("active", active));
        });
    }

    /** Changes what is given (null leaves each). */
    public void modify(Scope scope, String id, String name, String description, Integer aggregationInterval,
                       String ipVersion) {
        tx.run(() -> store.change(scope, id,
                RowChanges.of("name", name, "description", description, "aggregationInterval", aggregationInterval,
                        "ipVersion", ipVersion)));
    }

    public void delete(Scope scope, String id) {
        tags.deleting(id, () -> store.remove(scope, id));
    }

    /** What a listing matches (null or empty: any). */
    public record Filter(List<String> ids, String name, String description, String kind, String resourceId,
                         String trafficType, String logProject, String logStore, Boolean active, String vpcId) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("name", name).equal("description", description)
                    .equal("resource_kind", kind).equal("resource_id", resourceId).equal("traffic_type", trafficType)
                    .equal("log_project", logProject).equal("log_store", logStore).equal("active", active)
                    .equal("vpc_id", vpcId);
        }
    }

    public Page<FlowLog> list(Scope scope, Filter f, int offset, int limit) {
        return tx.read(() -> store.list(scope, f.where(), offset, limit));
    }

    /** A flow log as the state document gives it: its resource must be the scope's, as when it was made. */
    public void restore(Scope scope, String id, NewFlowLog f, boolean active) {
        tx.run(() -> {
            create(scope, id, f, Map.of());
            if (!active) store.update(id, RowChanges.of("active", false));
        });
    }
}
