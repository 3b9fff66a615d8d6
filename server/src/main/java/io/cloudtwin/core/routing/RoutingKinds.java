package io.cloudtwin.core.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kind of this area: route tables (system and custom), which carry tags. */
@Configuration
class RoutingKinds {
    @Bean
    ResourceKind routeTableKind(RouteStore routes) {
        return ResourceKind.of(ResourceType.ROUTE_TABLE, routes::lock);
    }
}
