package io.cloudtwin.core.nat;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.Scope;
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
        return new NextHop() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public Optional<String> vpcOf(Scope scope, String id) {
                return gateways.lock(scope, id).map(NatGateway::vpcId);
            }
        };
    }
}
