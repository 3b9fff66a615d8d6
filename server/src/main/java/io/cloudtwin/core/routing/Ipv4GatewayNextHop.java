package io.cloudtwin.core.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * IPv4 gateways as next hops of route entries (CreateRouteEntry NextHopType Ipv4Gateway): the gateway is locked in
 * the entry's transaction and answers its VPC, which must be the route table's.
 */
@Configuration
class Ipv4GatewayNextHop {
    @Bean
    NextHop ipv4GatewayHop(Ipv4GatewayStore gateways) {
        return NextHop.of(Ipv4GatewayService.KIND, (scope, id) -> gateways.lock(scope, id).map(Ipv4Gateway::vpcId));
    }
}
