package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/**
 * Gateway endpoints and the route tables associated with each (gateway_endpoint_route_table, keyed by both): the
 * unique index refuses a second endpoint of a service in a VPC, the foreign keys a route table or VPC deleted under
 * an endpoint.
 */
@Component
public class GatewayEndpointStore extends ScopedStore<GatewayEndpoint> {
    public GatewayEndpointStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "gateway_endpoint", GatewayEndpoint.class, DomainError.GATEWAY_ENDPOINT_NOT_FOUND);
    }

    public void associate(String endpointId, String routeTableId, OffsetDateTime at) {
        Rows.insert(jdbc, "gateway_endpoint_route_table", "endpoint_id", endpointId, "route_table_id", routeTableId,
                "created_at", at);
    }

    /** Removes the association; false when there was none. */
    public boolean dissociate(String endpointId, String routeTableId) {
        return Rows.delete(jdbc, "gateway_endpoint_route_table", "endpoint_id", endpointId, "route_table_id",
                routeTableId) > 0;
    }

    /** The route tables associated with each of these endpoints, in the order they were associated. */
    public Map<String, List<String>> routeTablesOf(Collection<String> endpointIds) {
        return Rows.lists(jdbc, "gateway_endpoint_route_table", "endpoint_id", "route_table_id", endpointIds,
                "created_at, route_table_id");
    }
}
