package io.cloudtwin.core.nat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.routing.NextHop;

/**
 * NAT gateways as next hops of route entries (CreateRouteEntry NextHopType NatGateway): the gateway is locked in the
 * entry's transaction and answers its VPC, which must be the route table's.
 */
@Configuration
class NatNextHop {
    /** The kind's name in core.routing, as EipTarget says it too. */
    static final String KIND = "nat_gateway";

    @Bean
    NextHop natGatewayNextHop(NatStore gateways) {
        return NextHop.of(KIND, (scope, id) -> gateways.lock(scope, id).map(NatGateway::vpcId));
    }
}
